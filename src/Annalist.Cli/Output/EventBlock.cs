using System.Text;

namespace Annalist.Cli.Output;

/// <summary>
/// One event as a block of lines for a narrow terminal: a heading, then labelled rows whose values wrap
/// at spaces under their own column. A word is never broken (dates, codes and names stay whole); a word
/// longer than the line runs past it.
/// </summary>
internal sealed class EventBlock(TerminalLayout layout)
{
    private const int LabelWidth = 11;
    private const string Indent = "    ";

    private readonly List<(string Label, string Value)> rows = [];

    public string Heading { get; set; } = string.Empty;

    /// <summary>The part of the heading drawn in the event's QuadClass colour.</summary>
    public string Coloured { get; set; } = string.Empty;

    public int QuadClass { get; set; }

    public EventBlock Row(string label, string value)
    {
        rows.Add((label, value));
        return this;
    }

    public void WriteTo(TextWriter output)
    {
        var colour = QuadClassPalette.Escape(QuadClass, layout.Colours);
        var heading = colour.Length > 0 && Coloured.Length > 0
            ? Heading.Replace(Coloured, colour + QuadClassPalette.Bold + Coloured + QuadClassPalette.Reset, StringComparison.Ordinal)
            : Heading;
        output.Write(heading);
        output.Write('\n');
        var valueWidth = Math.Max(20, layout.Width - Indent.Length - LabelWidth - 1);
        foreach (var (label, value) in rows)
        {
            var first = true;
            foreach (var line in Wrap(value, valueWidth))
            {
                output.Write(Indent);
                output.Write((first ? label : string.Empty).PadRight(LabelWidth));
                output.Write(' ');
                output.Write(line);
                output.Write('\n');
                first = false;
            }
        }

        output.Write('\n');
    }

    /// <summary>Lines of at most <paramref name="width"/> characters, broken only at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        var words = text.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            yield return "-";
            yield break;
        }

        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        yield return line.ToString();
    }
}
