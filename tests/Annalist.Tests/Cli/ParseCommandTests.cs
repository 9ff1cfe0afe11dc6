using System.Text.Json;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Cli;

public sealed class ParseCommandTests
{
    [Fact]
    public void Plain_text_on_standard_input_is_one_article_and_offsets_index_the_original_text()
    {
        const string text = "SEOUL, Oct 26 (Reuters) \u2014 North Korea\u2019s leader met Mr.\u00A0Putin. They signed a deal.";
        var result = CliRunner.Run(text, "parse", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(3, sentences.GetArrayLength());
        foreach (var sentence in sentences.EnumerateArray())
        {
            foreach (var token in sentence.GetProperty("tokens").EnumerateArray())
            {
                var start = token.GetProperty("start").GetInt32();
                var end = token.GetProperty("end").GetInt32();
                Assert.Equal(end - start, token.GetProperty("form").GetString()!.Length);
            }
        }

        var tokens = sentences[1].GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("form").GetString()).ToList();
        Assert.Equal(["North", "Korea", "'s", "leader", "met", "Mr.", "Putin", "."], tokens);
    }

    [Fact]
    public void Standard_input_starting_with_a_brace_is_json_lines()
    {
        var input = "{\"id\":\"one\",\"text\":\"Kim met Putin.\",\"date\":\"2024-06-19\"}\n{\"id\":\"two\",\"text\":\"Seoul protested.\"}\n";
        var result = CliRunner.Run(input, "parse", "--format", "jsonl", "--date", "2024-11-22");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"date\":\"2024-06-19\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"date\":\"2024-11-22\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Conllu_output_carries_offsets_and_space_after()
    {
        var result = CliRunner.Run("Kim's troops left.", "parse");
        Assert.Equal(0, result.ExitCode);
        var first = result.Stdout.Split('\n').First(l => l.StartsWith("1\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal("Kim", first[1]);
        Assert.Equal("SpaceAfter=No|TokenRange=0:3", first[9]);
        Assert.Contains("# text = Kim's troops left.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Pretokenized_conllu_keeps_sentences_tokens_and_comments_exactly()
    {
        const string conllu = "# sent_id = s1\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\tVB\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        using var dir = new TempDirectory();
        var path = dir.File("gold.conllu", conllu);
        var result = CliRunner.Run(null, "parse", "--pretokenized", path);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("# sent_id = s1", lines[0]);
        Assert.Equal("# text = Don't go.", lines[1]);
        Assert.StartsWith("1-2\tDon't", lines[2], StringComparison.Ordinal);
        Assert.Equal(["Do", "n't", "go", "."], lines.Skip(3).Take(4).Select(l => l.Split('\t')[1]));
        Assert.EndsWith("\tSpaceAfter=No", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_errors_exit_with_2_and_no_stack_trace()
    {
        var unknown = CliRunner.Run(null, "parse", "--no-such-option");
        Assert.Equal(2, unknown.ExitCode);
        var badDate = CliRunner.Run(null, "parse", "--date", "22/11/2024");
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--date expects YYYY-MM-DD", badDate.Stderr, StringComparison.Ordinal);
        var badFormat = CliRunner.Run(null, "parse", "--format", "xml");
        Assert.Equal(2, badFormat.ExitCode);
        Assert.DoesNotContain("   at ", unknown.Stderr + badDate.Stderr + badFormat.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "parse", "eval" })
        {
            var result = CliRunner.Run(null, command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("Usage:", result.Stdout, StringComparison.Ordinal);
        }
    }
}
