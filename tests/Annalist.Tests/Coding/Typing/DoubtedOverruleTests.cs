using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// A rule reading the model finds implausible (its root below the doubt threshold) is overruled by a less certain root
/// (the doubted threshold) than one it finds plausible; never where another predicate links the same parties.
/// </summary>
public sealed class DoubtedOverruleTests
{
    [SkippableFact]
    public void A_doubted_rule_reading_yields_to_a_root_below_the_overrule_threshold_but_a_contested_one_does_not()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");
        var (model, types) = PipelineFactory.DefaultTyping!.Value;
        var document = FullPipeline.Instance.Process(new Document(
            "North Korea's foreign minister visited Moscow and said North Korea will firmly support Russia. France condemned Germany on Monday.",
            new DocumentMetadata { Id = "doubted", PublicationDate = new DateOnly(2024, 11, 22) }));
        var stage = PipelineFactory.TypingStage(model, types);
        var candidates = stage.Candidates(document);

        // Every pair "typed" THREATEN at 0.65, every other root (the rules' among them) at about 0.023.
        var threaten = model.Labels.ToList().IndexOf("THREATEN");
        var probabilities = candidates.Pairs.Select(_ =>
        {
            var p = Enumerable.Repeat(0.35f / (model.Labels.Count - 1), model.Labels.Count).ToArray();
            p[threaten] = 0.65f;
            return p;
        }).ToArray();
        var thresholds = new TypingThresholds(Overrule: 0.7, Silent: 1.01, Complete: 1.01) { Contested = 0.9 };
        CodedEvent Event(IReadOnlyList<CodedEvent> typed, string trigger, string actor) => Assert.Single(typed, e => e.Evidence.TriggerText == trigger && e.Actor.Country == actor);

        var sure = stage.Apply(document, candidates, probabilities, thresholds);
        Assert.Equal("ACCUSE", Event(sure, "condemned", "FRA").EventType);

        var doubting = stage.Apply(document, candidates, probabilities, thresholds with { Doubt = 0.1, Doubted = 0.6 });
        var condemned = Event(doubting, "condemned", "FRA");
        Assert.Equal(("THREATEN", TypeDecision.ByModel), (condemned.EventType, condemned.TypedBy!.By));
        Assert.Equal("CONSULT", Event(doubting, "visited", "PRK").EventType);

        var plausible = stage.Apply(document, candidates, probabilities, thresholds with { Doubt = 0.02, Doubted = 0.6 });
        Assert.Equal("ACCUSE", Event(plausible, "condemned", "FRA").EventType);
    }

    [Fact]
    public void Without_a_doubt_threshold_no_reading_is_doubted()
    {
        var directory = Directory.CreateTempSubdirectory("annalist-typing-");
        try
        {
            var path = Path.Combine(directory.FullName, "typing.json");
            File.WriteAllText(path, """{"overrule": 0.8, "silent": 0.9}""");
            Assert.Equal((0.0, 0.8), (TypingThresholds.Load(path).Doubt, TypingThresholds.Load(path).Doubted));
            File.WriteAllText(path, """{"overrule": 0.7, "doubt": 0.1, "doubted": 0.6, "silent": 0.9}""");
            Assert.Equal((0.1, 0.6), (TypingThresholds.Load(path).Doubt, TypingThresholds.Load(path).Doubted));
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
