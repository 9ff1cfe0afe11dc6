using System.Text.RegularExpressions;

namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH2 agent dictionary as it is: substitution sets (<c>!MINIST! = MINISTER, MINISTRY</c>),
/// records <c>PHRASE {plural} [~CODE]</c> or <c>[CODE~]</c>, regular plurals generated unless <c>{}</c> or a
/// substitution marker says otherwise. Unknown markers and malformed codes are reported and skipped.
/// </summary>
public static partial class PetrarchAgentReader
{
    public static List<PetrarchAgentRecord> Read(string path, SourceFileReport report) => Read(SourceText.Lines(path), report);

    public static List<PetrarchAgentRecord> Read(IEnumerable<(int Number, string Text)> lines, SourceFileReport report)
    {
        var comments = new PetrarchComments();
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var records = new List<PetrarchAgentRecord>();
        foreach (var (number, raw) in lines)
        {
            var line = comments.Strip(raw, out _).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (SubstitutionLine().Match(line) is { Success: true } set)
            {
                substitutions[set.Groups[1].Value] = [.. set.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                continue;
            }

            var open = line.IndexOf('[', StringComparison.Ordinal);
            var close = line.LastIndexOf(']');
            if (open < 0 || close < open)
            {
                report.Skip(number, "an agent without a [~CODE] or [CODE~]", raw);
                continue;
            }

            var code = line[(open + 1)..close].Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
            bool prefix;
            if (code.Length > 1 && code[0] == '~' && !code[1..].Contains('~', StringComparison.Ordinal))
            {
                prefix = false;
                code = code[1..];
            }
            else if (code.Length > 1 && code[^1] == '~' && !code[..^1].Contains('~', StringComparison.Ordinal))
            {
                prefix = true;
                code = code[..^1];
            }
            else
            {
                report.Skip(number, $"the code [{code}] has no '~' to say whether it goes before or after the actor's code", raw);
                continue;
            }

            var head = line[..open];
            var brace = head.IndexOf('{', StringComparison.Ordinal);
            string[]? plurals = null;
            if (brace >= 0)
            {
                var braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0)
                {
                    report.Skip(number, "a plural '{' without its closing '}'", raw);
                    continue;
                }

                plurals = head[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                head = head[..brace];
            }

            var entry = head.Trim();
            if (entry.Length == 0)
            {
                report.Skip(number, "an agent code with no phrase", raw);
                continue;
            }

            var forms = new List<string>();
            if (Marker().IsMatch(entry))
            {
                if (!TryExpand(entry, substitutions, forms, out var unknown))
                {
                    report.Skip(number, $"the substitution marker {unknown} is not defined above it", raw);
                    continue;
                }
            }
            else
            {
                forms.Add(entry);
                if (plurals is null)
                {
                    forms.Add(EnglishPlural.Of(entry.TrimEnd('_')));
                }
                else
                {
                    forms.AddRange(plurals);
                }
            }

            var phrases = forms.SelectMany(ExpandStem).Select(PetrarchPhrase.ToText).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            records.Add(new PetrarchAgentRecord(entry, phrases, code, prefix, number));
            report.Loaded++;
        }

        return records;
    }

    /// <summary>The one TABARI stem left in the Phoenix agents, MINIST, spelled out (whole-word matching cannot use stems).</summary>
    private static IEnumerable<string> ExpandStem(string phrase)
    {
        var words = phrase.Split('_', ' ');
        var stem = Array.FindIndex(words, w => w.Equals("MINIST", StringComparison.OrdinalIgnoreCase));
        if (stem < 0)
        {
            return [phrase];
        }

        return new[] { "MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES" }.Select(form =>
        {
            var copy = (string[])words.Clone();
            copy[stem] = form;
            return string.Join('_', copy);
        });
    }

    private static bool TryExpand(string phrase, Dictionary<string, string[]> substitutions, List<string> output, out string unknown)
    {
        unknown = string.Empty;
        var match = Marker().Match(phrase);
        if (!match.Success)
        {
            output.Add(phrase);
            return true;
        }

        if (!substitutions.TryGetValue(match.Value, out var values))
        {
            unknown = match.Value;
            return false;
        }

        foreach (var value in values)
        {
            if (!TryExpand(string.Concat(phrase.AsSpan(0, match.Index), value, phrase.AsSpan(match.Index + match.Length)), substitutions, output, out unknown))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^(![A-Za-z0-9_]+!)\s*=\s*(.+)$")]
    private static partial Regex SubstitutionLine();

    [GeneratedRegex(@"![A-Za-z0-9_]+!")]
    private static partial Regex Marker();
}
