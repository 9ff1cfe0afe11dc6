using System.Globalization;
using System.Text.RegularExpressions;
using Annalist.Cli.Output;
using Annalist.Tests.TestSupport;
using Spectre.Console;

namespace Annalist.Tests.Cli;

/// <summary>`--format table` of `annalist code`: readable at any width, never breaking a date or a code apart.</summary>
public sealed partial class EventTableWriterTests
{
    private static readonly string Article = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "examples", "article.txt"));

    private static readonly IReadOnlyList<Annalist.Events.CodedEvent> Events = FullPipeline.Code(Article, new DateOnly(2024, 3, 15), "article");

    [Theory]
    [InlineData(80)]
    [InlineData(100)]
    [InlineData(139)]
    public void Below_140_columns_each_event_is_a_block_within_the_width(int width)
    {
        var output = Render(width);
        var lines = output.Split('\n');
        Assert.All(lines, l => Assert.True(l.Length <= width, $"{l.Length} > {width}: {l}"));
        Assert.Equal(Events.Count, lines.Count(l => HeadingLine().IsMatch(l)));
        Assert.InRange(lines.Length, Events.Count * 5, Events.Count * 12);
        AssertTokensWhole(output);
    }

    [Fact]
    public void At_140_columns_and_more_events_are_a_table_with_whole_dates_and_codes()
    {
        var output = Render(150);
        Assert.Contains("╭", output, StringComparison.Ordinal);
        Assert.All(output.Split('\n'), l => Assert.True(l.Length <= 150, l));
        AssertTokensWhole(output);
    }

    [Fact]
    public void Wrapping_breaks_only_at_spaces_and_lets_an_overlong_word_run_on()
    {
        Assert.Equal(["2024-03-15", "(before)"], EventBlock.Wrap("2024-03-15 (before)", 12));
        Assert.Equal(["a", "https://example.org/a/very/long/address", "b"], EventBlock.Wrap("a https://example.org/a/very/long/address b", 10));
    }

    [Fact]
    public void The_terminal_palette_has_the_workbench_hues_and_reads_on_white_and_on_black()
    {
        var css = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "src", "Annalist.Server", "wwwroot", "app.css"));
        foreach (var (quad, r, g, b) in QuadClassPalette.Colours)
        {
            var match = Regex.Match(css, $@"--q{quad}:\s*#([0-9a-fA-F]{{6}})");
            Assert.True(match.Success, $"--q{quad} in app.css");
            var web = Convert.FromHexString(match.Groups[1].Value);
            Assert.InRange(Math.Abs(Hue(web[0], web[1], web[2]) - Hue(r, g, b)), 0, 8);
            var luminance = Luminance(r, g, b);
            Assert.True((luminance + 0.05) / 0.05 >= 4.4, $"q{quad} on black");
            Assert.True(1.05 / (luminance + 0.05) >= 4.4, $"q{quad} on white");
        }

        Assert.StartsWith("\u001b[38;2;", QuadClassPalette.Escape(4, ColorSystem.TrueColor), StringComparison.Ordinal);
        Assert.Equal(string.Empty, QuadClassPalette.Escape(4, ColorSystem.NoColors));
    }

    private static string Render(int width)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = width;
        new EventTableWriter(console, writer, new TerminalLayout(width, ColorSystem.NoColors)).Write("article", Article, Events);
        return writer.ToString();
    }

    private static void AssertTokensWhole(string output)
    {
        Assert.Contains(Events, e => e.Actor.Code == "IGOEUREEC");
        foreach (var e in Events)
        {
            Assert.Contains($"[{e.Actor.Code}]", output, StringComparison.Ordinal);
            Assert.Contains($"{e.Date:yyyy-MM-dd}", output, StringComparison.Ordinal);
            Assert.Contains(e.Cameo, output, StringComparison.Ordinal);
        }
    }

    private static double Luminance(byte r, byte g, byte b)
    {
        static double Linear(byte c) => c / 255.0 <= 0.04045 ? c / 255.0 / 12.92 : Math.Pow(((c / 255.0) + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
    }

    private static double Hue(byte r, byte g, byte b)
    {
        double rf = r / 255.0, gf = g / 255.0, bf = b / 255.0;
        double max = Math.Max(rf, Math.Max(gf, bf)), min = Math.Min(rf, Math.Min(gf, bf)), d = max - min;
        var h = max == rf ? (gf - bf) / d % 6 : max == gf ? ((bf - rf) / d) + 2 : ((rf - gf) / d) + 4;
        return (h * 60 + 360) % 360;
    }

    [GeneratedRegex(@"^#\d+  \S+ \d+  ")]
    private static partial Regex HeadingLine();
}
