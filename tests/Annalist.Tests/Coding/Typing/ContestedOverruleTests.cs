using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// The model types a pair of parties, not a predicate. Where another predicate of the sentence links the same two
/// parties, the model may be reading that one, so overruling the rule there takes the higher contested threshold.
/// </summary>
public sealed class ContestedOverruleTests
{
    [SkippableFact]
    public void A_rule_event_whose_parties_another_predicate_also_links_needs_the_contested_threshold_to_be_overruled()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");
        var (model, types) = PipelineFactory.DefaultTyping!.Value;
        var document = FullPipeline.Instance.Process(new Document(
            "North Korea's foreign minister visited Moscow and said North Korea will firmly support Russia. France condemned Germany on Monday.",
            new DocumentMetadata { Id = "contested", PublicationDate = new DateOnly(2024, 11, 22) }));
        var stage = PipelineFactory.TypingStage(model, types);
        var candidates = stage.Candidates(document);

        // Every pair "typed" THREATEN at 0.8: above the overrule threshold, below the contested one.
        var threaten = model.Labels.ToList().IndexOf("THREATEN");
        var probabilities = candidates.Pairs.Select(_ =>
        {
            var p = Enumerable.Repeat(0.2f / (model.Labels.Count - 1), model.Labels.Count).ToArray();
            p[threaten] = 0.8f;
            return p;
        }).ToArray();
        var thresholds = new TypingThresholds(Overrule: 0.7, Silent: 1.01, Complete: 1.01) { Contested = 0.9 };

        var typed = stage.Apply(document, candidates, probabilities, thresholds);
        CodedEvent Event(string trigger, string actor) => Assert.Single(typed, e => e.Evidence.TriggerText == trigger && e.Actor.Country == actor);
        Assert.Equal("CONSULT", Event("visited", "PRK").EventType);
        Assert.Equal(TypeDecision.ByRule, Event("visited", "PRK").TypedBy!.By);
        Assert.Equal("AGREE", Event("support", "PRK").EventType);
        Assert.Equal("THREATEN", Event("visited", "RUS").EventType);
        Assert.Equal("THREATEN", Event("condemned", "FRA").EventType);

        var uncontested = stage.Apply(document, candidates, probabilities, thresholds with { Contested = 0.7 });
        Assert.All(uncontested, e => Assert.Equal("THREATEN", e.EventType));
    }

    [Fact]
    public void Without_a_contested_threshold_the_overrule_threshold_holds_everywhere()
    {
        var directory = Directory.CreateTempSubdirectory("annalist-typing-");
        try
        {
            var path = Path.Combine(directory.FullName, "typing.json");
            File.WriteAllText(path, """{"overrule": 0.8, "silent": 0.9}""");
            Assert.Equal(0.8, TypingThresholds.Load(path).Contested);
            File.WriteAllText(path, """{"overrule": 0.7, "contested": 0.9, "silent": 0.9}""");
            Assert.Equal(0.9, TypingThresholds.Load(path).Contested);
            Assert.Equal(0.9, (TypingThresholds.Load(path) with { Overrule = 0.5 }).Contested);
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
