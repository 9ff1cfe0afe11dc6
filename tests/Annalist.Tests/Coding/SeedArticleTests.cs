using Annalist.Evaluation.Seed;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>The seed article: every must event with its date and claims, no must-not reading, with the rules alone and with the event-typing model.</summary>
public sealed class SeedArticleTests
{
    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void All_must_events_are_found_and_no_must_not_reading_is_produced(bool model)
    {
        var article = SharedData.Require("samples/seed/article.txt");
        var expectations = SeedExpectations.Load(SharedData.Require("samples/seed/expected.json"));
        var text = File.ReadAllText(article);
        var events = FullPipeline.Code(text, expectations.PublicationDate, "seed", model);
        var score = SeedScorer.Score(expectations, text, events);
        var report = string.Join('\n', score.Must.Where(c => !c.Found).Select(c => $"{c.Expectation.Id}: {string.Join("; ", c.Problems)}")
            .Concat(score.Violations.Select(v => $"must-not '{v.Rule.SentenceContains ?? v.Rule.Note}': {SeedScorer.Describe(v.Event)}")));
        Assert.True(score.Passed, $"{score.MustFound}/{score.Must.Count} must events, {score.Violations.Count} must-not readings:\n{report}");
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Outlets_are_reporters_never_actors_and_no_event_is_dated_after_publication(bool model)
    {
        var text = File.ReadAllText(SharedData.Require("samples/seed/article.txt"));
        var events = FullPipeline.Code(text, new DateOnly(2024, 11, 22), "seed", model);
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor.Kind == "media" || e.Recipient?.Kind == "media");
        Assert.Contains(events, e => e.ReportedBy.Any(o => o.Text.Contains("KCNA", StringComparison.Ordinal)));
        Assert.DoesNotContain(events, e => e.Date > new DateOnly(2024, 11, 22) && e.Status is not (Annalist.Events.EventStatus.Intended or Annalist.Events.EventStatus.Hypothetical));
        foreach (var e in events)
        {
            Assert.Equal(e.Evidence.TriggerText, text[e.Evidence.Trigger.Start..e.Evidence.Trigger.End]);
            Assert.Equal(e.Actor.Text, text[e.Actor.Range.Start..e.Actor.Range.End]);
        }
    }
}
