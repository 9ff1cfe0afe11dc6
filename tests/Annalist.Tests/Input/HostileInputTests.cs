using Annalist.Input;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Input;

/// <summary>
/// Input that once stopped a run (issue 18): escapes JSON allows but text does not, NUL, limits that a
/// link or a device slipped past, a directory that contains itself. Each is one located problem; the
/// rest is read.
/// </summary>
public sealed class HostileInputTests
{
    private const string Good = "Russia supplied missiles to North Korea, an official said on Friday.";

    [Fact]
    public void A_lone_surrogate_escape_in_a_json_record_is_one_problem_and_the_next_record_is_coded()
    {
        var stdin = "{\"text\":\"Russia \\ud800 attacked Ukraine.\"}\n{\"id\":\"good\",\"text\":\"" + Good + "\"}\n{\"text\":\"" + Good + "\",\"title\":\"\\udfff\"}\n";
        var result = CliRunner.Run(stdin, "code", "-", "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.ErrorLines.Length);
        Assert.StartsWith("annalist: -:1: \"text\" holds an unpaired surrogate", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith("annalist: -:3: \"title\" holds an unpaired surrogate", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Contains("\"doc_id\":\"good\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_is_binary_data_in_json_lines_as_in_a_text_file_wherever_it_is()
    {
        using var dir = new TempDirectory();
        var jsonl = dir.File("a.jsonl", "{\"text\":\"Russia \\u0000 attacked Ukraine.\"}\n{\"text\":\"" + Good + "\"}\n");
        var late = dir.File("b.txt", new string('x', 9000) + "\n" + Good + "\0\n");
        var records = new InputReader().Read([jsonl, late]).ToList();
        Assert.Equal(3, records.Count);
        Assert.Contains("NUL", Assert.Single(records[0].Problems).Message, StringComparison.Ordinal);
        Assert.NotNull(records[1].Document);
        var binary = Assert.Single(records[2].Problems);
        Assert.Contains("NUL", binary.Message, StringComparison.Ordinal);
        Assert.Equal(2, binary.Location.Line);
        Assert.Null(records[2].Document);
    }

    [Fact]
    public void The_size_limit_holds_on_the_bytes_read_through_a_symbolic_link()
    {
        using var dir = new TempDirectory();
        var big = dir.File("big.data", new string('a', 5000) + ". " + Good);
        var link = Path.Combine(dir.Path, "link.txt");
        File.CreateSymbolicLink(link, big);
        var record = Assert.Single(new InputReader(new InputOptions { MaxArticleBytes = 1000 }).Read([link]));
        Assert.Null(record.Document);
        Assert.Contains("1,000-byte limit", record.Problems[0].Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_device_is_read_only_up_to_the_limit()
    {
        Skip.IfNot(File.Exists("/dev/zero"), "no /dev/zero on this system");
        var record = Assert.Single(new InputReader(new InputOptions { MaxArticleBytes = 100_000 }).Read(["/dev/zero"]));
        Assert.Null(record.Document);
        Assert.Contains("limit", record.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_links_back_to_itself_is_read_once()
    {
        using var dir = new TempDirectory();
        dir.File("a.txt", Good);
        dir.File("sub/b.txt", Good);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "loop"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "dangling"), Path.Combine(dir.Path, "nowhere"));
        var records = new InputReader().Read([dir.Path]).ToList();
        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.NotNull(r.Document));
    }

    [Fact]
    public void Html_nested_deeper_than_any_page_is_refused_before_parsing()
    {
        // 200,000 nested <div>s (1.2 MB) kept the HTML parser busy for minutes.
        using var dir = new TempDirectory();
        var deep = dir.File("deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 200_000)) + "<p>" + Good + "</p></body></html>");
        var fine = dir.File("fine.html", "<html><body><!-- <div><div> --><script>var s = '<div><div>';</script>" + string.Concat(Enumerable.Repeat("<div><p>" + Good + "<br></div>", 3000)) + "</body></html>");
        var records = new InputReader().Read([deep, fine]).ToList();
        Assert.Contains("nested more than", Assert.Single(records[0].Problems).Message, StringComparison.Ordinal);
        Assert.NotNull(records[1].Document);
    }
}
