using Annalist.Coding;
using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// The pair selector: which pair of a sentence's actors the sentence is about, learned from marked sentences over
/// syntactic features, its weights a data file; it never adds a pair across clauses.
/// </summary>
public sealed class PairSelectorTests
{
    /// <summary>Sentences of three pairs each: the marked one has the subject-object attachment, the others other attachments, all with noise features.</summary>
    private static List<PairSelectionExample> Examples(int count, int seed)
    {
        var random = new Random(seed);
        var examples = new List<PairSelectionExample>();
        for (var n = 0; n < count; n++)
        {
            var marked = random.Next(3);
            var features = Enumerable.Range(0, 3).Select(i => new List<string>
            {
                i == marked ? "attach=nsubj|obj" : random.Next(2) == 0 ? "attach=obj|nsubj" : "attach=nmod|obl",
                $"noise={random.Next(4)}",
            }).ToList();
            examples.Add(new PairSelectionExample(features, Enumerable.Range(0, 3).Select(i => i == marked).ToList()));
        }

        return examples;
    }

    [Fact]
    public void Training_learns_the_marked_pairs_features_and_the_same_data_give_the_same_weights()
    {
        var selector = PairSelectorTraining.Train(Examples(200, 1), new PairSelectorTraining.Settings());
        var held = Examples(100, 2);
        var right = held.Count(e =>
        {
            var p = selector.Probabilities(e.Features);
            return e.Marked[Array.IndexOf(p, p.Max())];
        });
        Assert.Equal(100, right);
        Assert.True(selector.Score(["attach=nsubj|obj"]) > selector.Score(["attach=obj|nsubj"]) + 1);

        var again = PairSelectorTraining.Train(Examples(200, 1), new PairSelectorTraining.Settings());
        Assert.Equal(selector.Score(["attach=nsubj|obj", "noise=1"]), again.Score(["attach=nsubj|obj", "noise=1"]));
    }

    [Fact]
    public void Weights_round_trip_through_their_data_file_and_a_malformed_line_is_named()
    {
        var directory = Directory.CreateTempSubdirectory("annalist-pairs-");
        try
        {
            var path = Path.Combine(directory.FullName, PairSelector.FileName);
            var selector = new PairSelector(new Dictionary<string, double> { ["attach=nsubj|obj"] = 1.23456, ["gap=20+"] = -0.5, ["rounds-to-zero"] = 0.00001 });
            selector.Save(path, "test weights\nsecond line");
            var loaded = PairSelector.Load(path);
            Assert.Equal(2, loaded.Count);
            Assert.Equal(1.2346 - 0.5, loaded.Score(["attach=nsubj|obj", "gap=20+", "unknown"]), 6);

            File.AppendAllText(path, "no weight here\n");
            var error = Assert.Throws<DataFileException>(() => PairSelector.Load(path));
            Assert.Contains("line 5", error.Message);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void The_subject_and_the_object_of_one_verb_meet_at_it_and_a_party_of_another_clause_is_across_a_clause()
    {
        var document = FullPipeline.Instance.Process(new Document("Russia condemned Ukraine on Monday, although Poland said the talks would go on.", new DocumentMetadata { Id = "t" }));
        var mentions = document.GetExtension<SentenceActors>()!.BySentence[0];
        var russia = Assert.Single(mentions, m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End] == "Russia");
        var ukraine = Assert.Single(mentions, m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End] == "Ukraine");
        var poland = Assert.Single(mentions, m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End] == "Poland");

        var features = PairFeatures.Of(document, [russia, ukraine, poland], russia, ukraine, []);
        Assert.Contains("path=nsubj^obj", features);
        Assert.Contains("meet-lemma=condemn", features);
        Assert.Contains("rule=no-event", features);
        Assert.False(PairFeatures.CrossesClause(document, russia.Tokens, ukraine.Tokens));
        Assert.True(PairFeatures.CrossesClause(document, russia.Tokens, poland.Tokens));
    }

    [Fact]
    public void A_sentence_with_two_parties_and_no_event_teaches_the_no_pair_option_and_one_with_an_event_teaches_nothing()
    {
        var quiet = FullPipeline.Instance.Process(new Document("France and Germany have long rivers.", new DocumentMetadata { Id = "q" }));
        var example = Assert.Single(PairSelectorTraining.NoneExamples(quiet));
        Assert.True(example.Marked[^1]);
        Assert.All(example.Marked.SkipLast(1), Assert.False);
        Assert.Equal(example.Marked.Count, example.Features.Count);
        Assert.Contains("none", example.Features[^1]);

        var coded = FullPipeline.Instance.Process(new Document("France condemned Germany on Monday.", new DocumentMetadata { Id = "c" }));
        Assert.Empty(PairSelectorTraining.NoneExamples(coded));
    }

    [SkippableFact]
    public void The_shipped_selector_comes_with_the_model_and_the_thresholds_say_how_sure_it_must_be()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");
        var model = PipelineFactory.DefaultTyping!.Value.Model;
        Assert.NotNull(model.Selector);
        Assert.True(model.Selector!.Count > 100);
        Assert.InRange(model.Thresholds.Select, 0.2, 1.0);

        var directory = Directory.CreateTempSubdirectory("annalist-typing-");
        try
        {
            var path = Path.Combine(directory.FullName, "typing.json");
            File.WriteAllText(path, """{"overrule": 0.9, "silent": 0.9}""");
            var thresholds = TypingThresholds.Load(path);
            Assert.True(thresholds.Select > 1, "without a select threshold the selector adds no event");
            Assert.Equal(thresholds.Silent, thresholds.Selected);
            Assert.Equal(0.5, (thresholds with { Silent = 0.5 }).Selected);
            Assert.Equal(0.7, (thresholds with { Selected = 0.7, Silent = 0.5 }).Selected);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [SkippableFact]
    public void The_place_of_a_rule_event_with_a_recipient_is_no_second_party_to_it_but_may_be_the_party_of_one_without()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");

        // The selector's pair (the Taliban, Peshawar) is where the coded attack on the police station happened.
        var events = FullPipeline.Code("The Pakistani Taliban attacked a police station in Peshawar.", model: true);
        var attack = Assert.Single(events);
        Assert.Equal("PAKCOP", attack.Recipient?.Code);
        Assert.Equal("Peshawar", attack.Place?.Name);
    }

    [SkippableFact]
    public void The_reverse_of_a_pair_a_rule_event_links_is_no_event_of_the_selector()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");

        // The rules read who gives and who receives ("received aid from"); the selector's pair in the other direction is
        // the same two parties, which the model read the wrong way round.
        var events = FullPipeline.Code("Kenya received $200 million in aid from the World Bank.", model: true);
        Assert.Contains(events, e => e.Actor.Code.StartsWith("IGO", StringComparison.Ordinal) && e.Recipient?.Code == "KEN");
        Assert.DoesNotContain(events, e => e.Actor.Code == "KEN");
    }
}
