namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH2 actor dictionary as it is: a primary phrase (optionally with codes on the same line),
/// <c>+</c> synonym lines, and indented <c>[CODE restriction]</c> lines where the restriction is
/// <c>&lt;date</c>, <c>&gt;date</c>, <c>date-date</c> or nothing (the default). Records without any code,
/// malformed brackets and impossible dates are reported with their line and skipped.
/// </summary>
public static class PetrarchActorReader
{
    public static List<PetrarchActorRecord> Read(string path, SourceFileReport report) => Read(SourceText.Lines(path), report);

    public static List<PetrarchActorRecord> Read(IEnumerable<(int Number, string Text)> lines, SourceFileReport report)
    {
        var comments = new PetrarchComments();
        var records = new List<PetrarchActorRecord>();
        Draft? current = null;
        var blankSince = true;
        foreach (var (number, raw) in lines)
        {
            var line = comments.Strip(raw.Replace('\u001A', ' '), out var comment);
            var trimmed = line.Trim();
            if (raw.Trim().Length == 0)
            {
                blankSince = true;
            }

            if (trimmed.Length == 0)
            {
                if (current is not null && comment is not null && current.Comment is null)
                {
                    current.Comment = comment;
                }

                continue;
            }

            if (trimmed[0] == '[')
            {
                if (current is null)
                {
                    report.Skip(number, "a code line with no actor before it", raw);
                    continue;
                }

                current.HadCodeLines = true;
                ReadCodes(trimmed, number, raw, current, report);
                blankSince = false;
            }
            else if (trimmed[0] == '+')
            {
                if (current is null)
                {
                    report.Skip(number, "a synonym with no actor before it", raw);
                    continue;
                }

                var synonym = PetrarchPhrase.ToText(trimmed[1..]);
                if (synonym.Length == 0)
                {
                    report.Skip(number, "an empty synonym", raw);
                    continue;
                }

                current.Phrases.Add(synonym);
                blankSince = false;
            }
            else
            {
                var bracket = trimmed.IndexOf('[', StringComparison.Ordinal);
                var phrase = PetrarchPhrase.ToText(bracket >= 0 ? trimmed[..bracket] : trimmed);
                if (current is { Codes.Count: 0, HadCodeLines: false } previous && !blankSince)
                {
                    // Consecutive primary phrases without codes: a '+' is almost surely missing; keep them as synonyms.
                    report.Warn(number, $"line {previous.Line} ({previous.Entry}) has no code and is followed by another phrase; both are read as one record (a '+' is probably missing)", raw);
                    current.Phrases.Add(phrase);
                    if (bracket >= 0)
                    {
                        ReadCodes(trimmed[bracket..], number, raw, current, report);
                    }

                    blankSince = false;
                    continue;
                }

                Flush(current, records, report);
                current = new Draft(bracket >= 0 ? trimmed[..bracket].Trim() : trimmed, number, comment);
                current.Phrases.Add(phrase);
                if (bracket >= 0)
                {
                    ReadCodes(trimmed[bracket..], number, raw, current, report);
                }

                blankSince = false;
            }
        }

        Flush(current, records, report);
        return records;
    }

    private static void ReadCodes(string text, int number, string raw, Draft current, SourceFileReport report)
    {
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('[', i);
            if (open < 0)
            {
                if (text[i..].Trim().Length > 0)
                {
                    report.Skip(number, $"text after the codes ('{text[i..].Trim()}')", raw);
                }

                return;
            }

            if (text[i..open].Trim().Length > 0)
            {
                report.Skip(number, $"text between codes ('{text[i..open].Trim()}')", raw);
            }

            var close = text.IndexOf(']', open);
            if (close < 0)
            {
                report.Skip(number, "a code without its closing ']'", raw);
                return;
            }

            ReadCode(text[(open + 1)..close], number, raw, current, report);
            i = close + 1;
        }
    }

    private static void ReadCode(string inside, int number, string raw, Draft current, SourceFileReport report)
    {
        var parts = inside.Split((char[])[' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            report.Skip(number, "an empty code []", raw);
            return;
        }

        var code = parts[0].ToUpperInvariant();
        if (code.Any(char.IsAsciiDigit) && code.All(c => char.IsAsciiDigit(c) || c is '-' or '<' or '>'))
        {
            report.Skip(number, $"a date restriction with no code ([{inside.Trim()}])", raw);
            return;
        }

        if (parts.Length == 1)
        {
            current.Codes.Add(new PetrarchCodeRestriction(code, null, null));
            return;
        }

        var restriction = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        DateOnly? from = null, to = null;
        if (restriction[0] == '<' && PetrarchDate.TryParse(restriction[1..], out var before))
        {
            to = before;
        }
        else if (restriction[0] == '>' && PetrarchDate.TryParse(restriction[1..], out var after))
        {
            from = after;
        }
        else if (restriction.Split('-') is [var a, var b] && PetrarchDate.TryParse(a, out var start) && PetrarchDate.TryParse(b, out var end))
        {
            from = start;
            to = end;
        }
        else
        {
            report.Skip(number, $"a date restriction that is not <date, >date or date-date with YYMMDD or YYYYMMDD dates ([{inside.Trim()}])", raw);
            return;
        }

        if (from > to)
        {
            report.Warn(number, $"the restriction ends before it starts ([{inside.Trim()}])", raw);
        }

        current.Codes.Add(new PetrarchCodeRestriction(code, from, to));
    }

    private static void Flush(Draft? draft, List<PetrarchActorRecord> records, SourceFileReport report)
    {
        if (draft is null)
        {
            return;
        }

        if (draft.Codes.Count == 0)
        {
            report.Skip(draft.Line, "an actor with no code (nothing to code it as)", draft.Entry);
            return;
        }

        records.Add(new PetrarchActorRecord(draft.Entry, [.. draft.Phrases.Distinct(StringComparer.OrdinalIgnoreCase)], [.. draft.Codes], draft.Line, draft.Comment));
        report.Loaded++;
    }

    private sealed class Draft(string entry, int line, string? comment)
    {
        public string Entry { get; } = entry;

        public int Line { get; } = line;

        public string? Comment { get; set; } = comment;

        public List<string> Phrases { get; } = [];

        public List<PetrarchCodeRestriction> Codes { get; } = [];

        public bool HadCodeLines { get; set; }
    }
}
