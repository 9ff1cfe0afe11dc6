using Annalist.Knowledge;
using Annalist.Knowledge.Petrarch;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Knowledge;

/// <summary>The PETRARCH2 dictionaries and the validation suite's dictionaries, read as they are from ../shared, with what was skipped.</summary>
public sealed class SharedDictionaryTests
{
    [SkippableFact]
    public void The_validation_dictionaries_load_with_a_report_of_what_was_skipped()
    {
        var actorsReport = new SourceFileReport("PETR.Validate.actors.txt", "actors");
        var actors = PetrarchActorReader.Read(SharedData.Require("data/petrarch2/PETR.Validate.actors.txt"), actorsReport);
        Assert.True(actors.Count > 100);
        Assert.Contains(actors, a => a.Phrases.Contains("THE HERMIT KINGDOM") && a.Codes[0].Code == "PRK");
        var gollum = actors.Single(a => a.Entry == "GOLLUM");
        Assert.Equal(3, gollum.Codes.Count);

        var agentsReport = new SourceFileReport("PETR.Validate.agents.txt", "agents");
        var agents = PetrarchAgentReader.Read(SharedData.Require("data/petrarch2/PETR.Validate.agents.txt"), agentsReport);
        Assert.Contains(agents, a => a.Phrases.Contains("MINISTER OF SILLY WALKS"));
        Assert.Contains(agents, a => a.Phrases.Contains("CONGRESSWOMEN"));
        Assert.Equal(0, agentsReport.Skipped);

        var verbsReport = new SourceFileReport("PETR.Validate.verbs.2.0.txt", "verbs");
        var verbs = PetrarchVerbReader.Read(SharedData.Require("data/petrarch2/PETR.Validate.verbs.2.0.txt"), "PETR.Validate.verbs.2.0.txt", verbsReport);
        Assert.True(verbs.PatternCount > 250, $"{verbs.PatternCount} patterns");
        Assert.True(verbs.Synsets["accordsyn"].Contains("dollar"));
        Assert.All(verbsReport.Problems, p => Assert.True(p.Line > 0));

        var discards = PetrarchDiscardReader.Read(SharedData.Require("data/petrarch2/PETR.Validate.discards.txt"), new SourceFileReport("d", "discards"));
        Assert.Contains(discards, d => d.WholeStory && d.Phrase == "Manchester United");
    }

    [SkippableFact]
    public void The_old_format_validation_verbs_are_read_with_their_legacy_lines_reported()
    {
        var report = new SourceFileReport("PETR.Validate.verbs.txt", "verbs");
        var verbs = PetrarchVerbReader.Read(SharedData.Require("data/petrarch2/PETR.Validate.verbs.txt"), "PETR.Validate.verbs.txt", report);
        Assert.True(verbs.Blocks.Count > 50);
        Assert.True(report.Skipped > 0);
        Assert.Contains(report.Problems, p => p.Message.Contains("legacy", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void The_validation_dictionaries_replace_the_shipped_ones_for_the_eval()
    {
        var knowledge = KnowledgeBuilder.FromPetrarch(
            ShippedKnowledge.Value,
            SharedData.Require("data/petrarch2/PETR.Validate.actors.txt"),
            SharedData.Require("data/petrarch2/PETR.Validate.agents.txt"),
            SharedData.Require("data/petrarch2/PETR.Validate.verbs.2.0.txt"),
            SharedData.Require("data/petrarch2/PETR.Validate.discards.txt"));
        var hermit = knowledge.Actors.Lookup("The Hermit Kingdom", new DateOnly(1995, 1, 3));
        Assert.Equal("PRK", hermit[0].Code.Value);
        Assert.Equal("HOBGOV", knowledge.Actors.Lookup("Gollum", new DateOnly(1997, 1, 1))[0].Code.Value);
        Assert.Equal("HOBREB", knowledge.Actors.Lookup("Gollum", new DateOnly(2001, 1, 1))[0].Code.Value);
        Assert.DoesNotContain(knowledge.Actors.Lookup("Vladimir Putin", new DateOnly(2005, 1, 1)), c => c.Code.Value == "RUSGOV");
        Assert.Equal("MORMIL", knowledge.Actors.Lookup("Mordor soldiers", new DateOnly(2001, 1, 1))[0].Code.Value);
        Assert.NotNull(knowledge.Verbs.Block("AGREE"));
    }
}
