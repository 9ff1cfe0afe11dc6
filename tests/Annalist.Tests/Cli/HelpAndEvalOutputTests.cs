using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Cli;

/// <summary>What a newcomer reads first in help and in evaluation output says what the command does.</summary>
public sealed class HelpAndEvalOutputTests
{
    [Theory]
    [InlineData("events")]
    [InlineData("dyads")]
    public void Format_help_names_no_default_that_contradicts_its_text(string command)
    {
        var result = CliRunner.Run(null, command, "--help");
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Stdout.Split('\n'), l => l.Contains("--format", StringComparison.Ordinal));
        Assert.Contains("default on a terminal", line, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plover")]
    [InlineData("petrarch")]
    public void Verbose_help_of_an_evaluation_without_seed_events_does_not_mention_them(string set)
    {
        var result = CliRunner.Run(null, "eval", set, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--verbose", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("seed", result.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void Eval_petrarch_reports_the_original_verbs_run_first_and_explains_the_other()
    {
        SharedData.Require("data/petrarch2/PETR.UnitTest.records.xml");
        var result = CliRunner.Run(null, "eval", "petrarch", "--shared", SharedData.Root!);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("(original verbs)", lines[0], StringComparison.Ordinal);
        var other = Array.FindIndex(lines, l => l.Contains("(CAMEO-2.0-format verbs)", StringComparison.Ordinal));
        Assert.True(other > 0, result.Stdout);
        Assert.Contains("For comparison", string.Join('\n', lines[..other]), StringComparison.Ordinal);
    }
    [SkippableFact]
    public void Eval_plv_writes_the_coders_own_pairs_that_link_a_marked_pair_with_its_gold_root()
    {
        // Invented sentences in PLV's columns: the coder's "Kenyan police" is spanned otherwise than the marked "The
        // Kenyan police in Nairobi", so its pair is written, labelled COERCE; the second sentence's pair is the marks' own.
        Skip.If(Annalist.Composition.PipelineFactory.DefaultTyping is null, "the event-typing model is not installed");
        using var dir = new TempDirectory();
        var plv = dir.File("plv.tsv", "sentence_id\tmarked_sentence\tgold_root\n"
            + "1\t<s>The Kenyan police in Nairobi</s> arrested <t>three Ugandan journalists</t> on Monday.\tCOERCE\n"
            + "2\t<s>Kenya</s> accused <t>Uganda</t> of arming the rebels.\tACCUSE\n");
        var pairs = System.IO.Path.Combine(dir.Path, "linked.tsv");
        var result = CliRunner.Run(null, "eval", "plv", plv, "--linked-pairs", pairs);
        Assert.Equal(0, result.ExitCode);
        var rows = File.ReadAllLines(pairs).Skip(1).Select(l => l.Split('\t')).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("1", "COERCE"), (row[0], row[1]));
        Assert.Equal("Kenyan police", row[2][int.Parse(row[3])..int.Parse(row[4])]);
        Assert.Contains("Ugandan journalists", row[2][int.Parse(row[5])..int.Parse(row[6])], StringComparison.Ordinal);
    }
}
