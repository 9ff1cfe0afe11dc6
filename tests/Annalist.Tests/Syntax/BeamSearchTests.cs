using Annalist.DataFiles;
using Annalist.Formats.Conllu;
using Annalist.Syntax;
using Annalist.Syntax.Evaluation;
using Annalist.Syntax.Training;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Syntax;

/// <summary>The beam-search parser: a beam of one is the greedy parser, and a tiny beam model trains, learns, saves and loads.</summary>
public sealed class BeamSearchTests
{
    [SkippableFact]
    public void A_beam_of_one_parses_exactly_as_the_greedy_parser()
    {
        var model = ShippedModel.Instance;
        var documents = SyntaxEvaluator.ReadGold(SharedData.Require("data/ud/en_ewt-ud-dev.conllu")).Take(60).ToList();
        var tagger = new PosTaggingStage(model);
        var words = new SentenceWords();
        var sentences = 0;
        foreach (var gold in documents)
        {
            var source = gold.GetExtension<ConlluSource>()!;
            var document = ConlluDocuments.Build(source.Sentences, gold.Metadata.Id, null, null, copyAnnotation: false);
            tagger.Process(document);
            foreach (var sentence in document.Sentences)
            {
                words.Load(document, sentence.Tokens);
                for (var i = 0; i < words.Count; i++)
                {
                    var t = words.First + i;
                    words.Tags[i] = Math.Max(0, model.TagOf(document.Upos(t), document.Xpos(t)));
                }

                var greedy = (Heads: new int[words.Count], Labels: new int[words.Count]);
                var beam = (Heads: new int[words.Count], Labels: new int[words.Count]);
                model.Parser.Parse(words, greedy.Heads, greedy.Labels, model.Tagger);
                model.Parser.ParseWithBeam(words, beam.Heads, beam.Labels, model.Tagger, width: 1);
                Assert.Equal(greedy.Heads, beam.Heads);
                Assert.Equal(greedy.Labels, beam.Labels);
                sentences++;
            }
        }

        Assert.True(sentences > 500, $"{sentences} sentences compared");
    }

    [SkippableFact]
    public void A_tiny_beam_model_learns_and_keeps_its_width_when_saved_and_loaded()
    {
        using var temp = new TempDirectory();
        var (train, dev) = SyntaxTrainingTests.Sample(temp, 400, 100);
        var options = new TrainingOptions { TaggerEpochs = 3, ParserEpochs = 3, JackknifeFolds = 2, ParserBeamWidth = 4 };
        var result = new SyntaxTrainer(options).Train([train], dev);
        var scores = Assert.IsType<SyntaxScores>(result.DevScores);

        // As for the greedy tiny model: far above a left-neighbour baseline (about 30% UAS).
        Assert.True(scores.Uas > 50, $"UAS {scores.Uas}");
        Assert.True(scores.Las > 40, $"LAS {scores.Las}");
        Assert.Equal(4, result.Model.ParserBeamWidth);

        var directory = Path.Combine(temp.Path, "model");
        result.Model.Save(directory, new DataManifest { Name = "tiny", Version = "0", License = "test" });
        var loaded = SyntaxModel.Load(directory);
        Assert.Equal(4, loaded.ParserBeamWidth);
        Assert.Equal(scores, SyntaxEvaluator.Evaluate(loaded, SyntaxEvaluator.ReadGold(dev)));
    }

    [SkippableFact]
    public void Beam_training_is_reproducible()
    {
        using var temp = new TempDirectory();
        var (train, dev) = SyntaxTrainingTests.Sample(temp, 150, 50);
        var options = new TrainingOptions { TaggerEpochs = 2, ParserEpochs = 2, JackknifeFolds = 1, ParserBeamWidth = 3 };
        var manifest = new DataManifest { Name = "tiny", Version = "0", License = "test" };
        var a = new SyntaxTrainer(options).Train([train], dev).Model.Save(Path.Combine(temp.Path, "a"), manifest);
        var b = new SyntaxTrainer(options).Train([train], dev).Model.Save(Path.Combine(temp.Path, "b"), manifest);
        Assert.Equal(a.Sha256, b.Sha256);
    }

    [SkippableFact]
    public void A_model_trained_with_one_beam_can_decode_with_another()
    {
        using var temp = new TempDirectory();
        var (train, dev) = SyntaxTrainingTests.Sample(temp, 120, 30);
        var options = new TrainingOptions { TaggerEpochs = 1, ParserEpochs = 1, JackknifeFolds = 1, ParserBeamWidth = 4, ParserDecodeBeamWidth = 2 };
        var result = new SyntaxTrainer(options).Train([train], dev);
        Assert.Equal(2, result.Model.ParserBeamWidth);
        Assert.Equal(result.DevScores, SyntaxEvaluator.Evaluate(result.Model, SyntaxEvaluator.ReadGold(dev)));
    }
}
