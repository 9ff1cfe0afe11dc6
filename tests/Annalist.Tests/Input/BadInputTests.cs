using System.Text;
using Annalist.Input;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Input;

/// <summary>Bad input is reported with its file and line, never fatal; the rest is processed and the exit status is 1.</summary>
public sealed class BadInputTests
{
    private const string Good = "Russia supplied missiles to North Korea, an official said on Friday.";

    [Fact]
    public void A_binary_file_is_reported_and_the_rest_processed()
    {
        using var dir = new TempDirectory();
        var binary = dir.File("a-binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        dir.File("b-good.txt", Good);
        var result = CliRunner.Run(null, "parse", "--format", "jsonl", dir.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(binary, StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_names_the_line()
    {
        using var dir = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes("First line is fine.\nSecond line too.\nThird has a bad byte: ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" here.\n")).ToArray();
        var path = dir.File("bad-utf8.txt", bytes);
        var result = CliRunner.Run(null, "parse", path);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"{path}:3:", line, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var dir = new TempDirectory();
        var empty = dir.File("empty.txt", string.Empty);
        var blank = dir.File("blank.txt", "  \n\n ");
        var result = CliRunner.Run(null, "parse", empty, blank);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.ErrorLines.Count(l => l.Contains("empty", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_malformed_json_line_is_reported_with_its_line_number_and_other_lines_are_processed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("feed.jsonl", $"{{\"id\":\"a\",\"text\":\"{Good}\"}}\n{{\"id\":\"b\",\"text\":\"unterminated}}\n\n[1,2]\n{{\"id\":\"c\"}}\n{{\"id\":\"d\",\"text\":\"{Good}\",\"date\":\"yesterday\"}}\n");
        var result = CliRunner.Run(null, "parse", "--format", "jsonl", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"annalist: {path}:2: malformed JSON at byte 32 of the line: ", StringComparison.Ordinal));
        Assert.DoesNotContain(result.ErrorLines, l => l.Contains("LineNumber", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"annalist: {path}:4: expected a JSON object", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"annalist: {path}:5: record has no \"text\"", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"annalist: {path}:6: warning: unreadable date", StringComparison.Ordinal));
        var docs = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, docs.Length);
        Assert.Contains("\"doc_id\":\"a\"", docs[0], StringComparison.Ordinal);
        Assert.Contains("\"doc_id\":\"d\"", docs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_100_megabyte_file_is_refused_without_loading_it_and_the_rest_processed()
    {
        using var dir = new TempDirectory();
        var huge = Path.Combine(dir.Path, "huge.txt");
        using (var stream = File.Create(huge))
        {
            stream.SetLength(100L * 1024 * 1024);
        }

        var good = dir.File("small.txt", Good);
        var result = CliRunner.Run(null, "parse", "--format", "jsonl", huge, good);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(huge, StringComparison.Ordinal) && l.Contains("exceeds", StringComparison.Ordinal));
        Assert.Single(result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_oversized_json_line_is_skipped_and_the_next_line_read()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "big.jsonl");
        using (var writer = new StreamWriter(path))
        {
            writer.Write("{\"id\":\"big\",\"text\":\"");
            writer.Write(new string('a', 9 * 1024 * 1024));
            writer.WriteLine("\"}");
            writer.WriteLine($"{{\"id\":\"after\",\"text\":\"{Good}\"}}");
        }

        var result = CliRunner.Run(null, "parse", "--format", "jsonl", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains($"{path}:1:", StringComparison.Ordinal) && l.Contains("limit", StringComparison.Ordinal));
        Assert.Contains("\"doc_id\":\"after\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50000_character_sentence_without_punctuation_is_cut_with_a_warning()
    {
        var words = string.Join(' ', Enumerable.Range(0, 8000).Select(i => i % 2 == 0 ? "troops" : "moved"));
        Assert.True(words.Length >= 50_000);
        var result = CliRunner.Run(words, "parse", "--format", "jsonl", "-");
        Assert.Equal(1, result.ExitCode);
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith("annalist: -: warning: text:", warning, StringComparison.Ordinal);
        Assert.Contains("\"form\":\"troops\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_and_the_others_processed()
    {
        using var dir = new TempDirectory();
        var good = dir.File("good.txt", Good);
        var result = CliRunner.Run(null, "parse", Path.Combine(dir.Path, "nope.txt"), good);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("no such file", StringComparison.Ordinal));
        Assert.Contains("Russia", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_invalid_utf8_in_process_gives_a_problem_value_not_an_exception()
    {
        using var dir = new TempDirectory();
        var path = dir.File("x.jsonl", new byte[] { (byte)'{', 0xFF, (byte)'}', (byte)'\n' });
        var records = new InputReader().Read([path]).ToList();
        var record = Assert.Single(records);
        Assert.Null(record.Document);
        Assert.Contains("invalid UTF-8", record.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(1, record.Problems[0].Location.Line);
    }
}
