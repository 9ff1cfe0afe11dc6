using Annalist.DataFiles;
using Annalist.Syntax;
using Annalist.Syntax.Evaluation;
using Annalist.Syntax.Training;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Syntax;

/// <summary>Trains tiny models on a few hundred treebank sentences: they must learn, reproduce, save, load and refuse corruption.</summary>
public sealed class SyntaxTrainingTests
{
    private static readonly TrainingOptions Tiny = new() { TaggerEpochs = 3, ParserEpochs = 3, JackknifeFolds = 2 };

    [SkippableFact]
    public void A_tiny_model_learns_tags_lemmas_and_dependencies()
    {
        using var temp = new TempDirectory();
        var (train, dev) = Sample(temp, 400, 100);
        // Two tagger passes here, so that path is trained and scored too.
        var result = new SyntaxTrainer(Tiny with { TaggerPasses = 2 }).Train([train], dev);
        var scores = Assert.IsType<SyntaxScores>(result.DevScores);

        // A majority-tag baseline is about 20% UPOS and a left-neighbour baseline about 30% UAS; a model that learned is far above both.
        Assert.True(scores.Upos > 75, $"UPOS {scores.Upos}");
        Assert.True(scores.Uas > 50, $"UAS {scores.Uas}");
        Assert.True(scores.Las > 40, $"LAS {scores.Las}");
        Assert.True(scores.Lemma > 80, $"lemma {scores.Lemma}");
    }

    [SkippableFact]
    public void Training_is_reproducible_and_the_saved_model_scores_the_same_after_loading()
    {
        using var temp = new TempDirectory();
        var (train, dev) = Sample(temp, 150, 50);
        var options = Tiny with { JackknifeFolds = 1, TaggerPasses = 1 };
        var first = new SyntaxTrainer(options).Train([train], dev);
        var second = new SyntaxTrainer(options).Train([train], dev);
        var manifest = new DataManifest { Name = "tiny", Version = "0", License = "test" };
        var a = first.Model.Save(Path.Combine(temp.Path, "a"), manifest);
        var b = second.Model.Save(Path.Combine(temp.Path, "b"), manifest);
        Assert.Equal(a.Sha256, b.Sha256);

        var loaded = SyntaxModel.Load(Path.Combine(temp.Path, "a"));
        Assert.Equal(first.DevScores, SyntaxEvaluator.Evaluate(loaded, SyntaxEvaluator.ReadGold(dev)));
    }

    [SkippableFact]
    public void A_corrupt_model_file_is_refused_with_its_name()
    {
        using var temp = new TempDirectory();
        var (train, _) = Sample(temp, 60, 0);
        var result = new SyntaxTrainer(Tiny with { JackknifeFolds = 1, TaggerEpochs = 1, ParserEpochs = 1 }).Train([train], null);
        var directory = Path.Combine(temp.Path, "model");
        result.Model.Save(directory, new DataManifest { Name = "tiny", Version = "0", License = "test" });
        var parser = Path.Combine(directory, SyntaxModel.ParserFile);
        var bytes = File.ReadAllBytes(parser);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(parser, bytes);

        var error = Assert.Throws<DataFileException>(() => SyntaxModel.Load(directory));
        Assert.Contains(SyntaxModel.ParserFile, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Writes the first sentences of EWT train as a small train and dev file.</summary>
    internal static (string Train, string Dev) Sample(TempDirectory temp, int trainSentences, int devSentences)
    {
        var source = SharedData.Require("data/ud/en_ewt-ud-train.conllu");
        var blocks = new List<string>();
        var current = new List<string>();
        foreach (var line in File.ReadLines(source))
        {
            if (line.Length == 0)
            {
                blocks.Add(string.Join('\n', current) + "\n\n");
                current.Clear();
                if (blocks.Count == trainSentences + devSentences)
                {
                    break;
                }

                continue;
            }

            current.Add(line);
        }

        var train = temp.File("train.conllu", string.Concat(blocks.Take(trainSentences)));
        var dev = temp.File("dev.conllu", string.Concat(blocks.Skip(trainSentences)));
        return (train, dev);
    }
}
