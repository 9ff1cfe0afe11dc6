using System.Text.RegularExpressions;

namespace Annalist.Knowledge.Import;

/// <summary>
/// Takes the PLOVER event types (with quad category, whether a recipient is required, and the first paragraph
/// as definition), their modes (the Name/Content tables) and the general contexts table out of the manual's
/// LaTeX source, as tab-separated rows.
/// </summary>
public static partial class PloverManualExtractor
{
    public sealed record Tables(List<string> Events, List<string> Modes, List<string> Contexts);

    public static Tables Extract(IReadOnlyList<string> lines)
    {
        var events = new List<string>();
        var modes = new List<string>();
        var contexts = new List<string>();
        var chapterEvents = false;
        var inContexts = false;
        string? current = null;
        string definition = string.Empty;
        var quad = 0;
        var requires = "no";
        var inModeTable = false;

        void Flush()
        {
            if (current is not null)
            {
                events.Add($"{current}\t{quad}\t{requires}\t{definition}");
            }

            current = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(@"\chapter{Event Categories}", StringComparison.Ordinal))
            {
                chapterEvents = true;
                continue;
            }

            if (line.StartsWith(@"\chapter{", StringComparison.Ordinal) && chapterEvents)
            {
                Flush();
                chapterEvents = false;
            }

            if (line.Contains(@"\label{tab:general-contexts}", StringComparison.Ordinal))
            {
                inContexts = true;
                continue;
            }

            if (inContexts)
            {
                if (line.StartsWith(@"\end{longtable}", StringComparison.Ordinal))
                {
                    inContexts = false;
                }
                else if (Row().Match(line) is { Success: true } row && row.Groups[1].Value != "Name")
                {
                    contexts.Add($"{Plain(row.Groups[1].Value)}\t{Plain(row.Groups[2].Value)}");
                }

                continue;
            }

            if (!chapterEvents)
            {
                continue;
            }

            if (Section().Match(line) is { Success: true } section)
            {
                Flush();
                current = section.Groups[1].Value;
                definition = string.Empty;
                quad = 0;
                requires = "no";
                for (var j = i + 1; j < lines.Count; j++)
                {
                    var text = lines[j].Trim();
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    if (!text.StartsWith('\\'))
                    {
                        definition = Plain(text);
                    }

                    break;
                }

                continue;
            }

            if (current is null)
            {
                continue;
            }

            if (line.StartsWith(@"\subsection{Requires recipient:", StringComparison.Ordinal))
            {
                requires = line.Contains("Yes", StringComparison.OrdinalIgnoreCase) ? "yes" : "no";
            }
            else if (line.StartsWith(@"\subsection{Quad category:", StringComparison.Ordinal))
            {
                quad = line.ToUpperInvariant() switch
                {
                    var q when q.Contains("VERBAL COOPERATION", StringComparison.Ordinal) => 1,
                    var q when q.Contains("MATERIAL COOPERATION", StringComparison.Ordinal) => 2,
                    var q when q.Contains("VERBAL CONFLICT", StringComparison.Ordinal) => 3,
                    _ => 4,
                };
            }
            else if (line.StartsWith(@"\begin{tabular}", StringComparison.Ordinal))
            {
                inModeTable = true;
            }
            else if (line.StartsWith(@"\end{tabular}", StringComparison.Ordinal))
            {
                inModeTable = false;
            }
            else if (inModeTable && Row().Match(line) is { Success: true } mode && mode.Groups[1].Value is not ("Name" or "Mode"))
            {
                modes.Add($"{current}\t{Plain(mode.Groups[1].Value)}\t{Plain(mode.Groups[2].Value)}");
            }
        }

        Flush();
        return new Tables(events, modes, contexts);
    }

    /// <summary>LaTeX markup reduced to plain text (commands unwrapped, escapes undone, whitespace collapsed).</summary>
    internal static string Plain(string latex)
    {
        var text = Hyperref().Replace(latex, "$1");
        for (var k = 0; k < 4; k++)
        {
            text = Command().Replace(text, "$1");
        }

        text = text.Replace(@"\_", "_", StringComparison.Ordinal).Replace(@"\&", "&", StringComparison.Ordinal).Replace(@"\%", "%", StringComparison.Ordinal)
            .Replace("``", "\"", StringComparison.Ordinal).Replace("''", "\"", StringComparison.Ordinal).Replace("---", "\u2014", StringComparison.Ordinal)
            .Replace(@"\ldots", "...", StringComparison.Ordinal).Replace("~", " ", StringComparison.Ordinal).Replace("$", string.Empty, StringComparison.Ordinal)
            .Replace("\\\\", string.Empty, StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\\section\{([A-Z]+)\}")]
    private static partial Regex Section();

    [GeneratedRegex(@"^(.+?)\s*&\s*(.+?)\s*\\\\\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\\hyperref\[[^\]]*\]\{([^{}]*)\}")]
    private static partial Regex Hyperref();

    [GeneratedRegex(@"\\[a-zA-Z]+\*?\{([^{}]*)\}")]
    private static partial Regex Command();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
