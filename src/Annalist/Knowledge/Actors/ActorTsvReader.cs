using System.Globalization;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// Reads actors from a TSV: <c>phrase|alias|...</c>, code, kind (state, person, organization, media, group),
/// valid from, valid to (YYYY-MM-DD or empty), note. Rows with the same first phrase form one entry whose
/// codes are in row order (a dated code wins over an undated one on its dates). Media files may instead
/// have three columns: name|aliases, country (ISO3, empty for international), note; their code is the
/// country followed by MED.
/// </summary>
public static class ActorTsvReader
{
    public static List<ActorEntry> Read(string path, string displayName, KnowledgeLayer layer, ActorCodeParser codes, int firstId, SourceFileReport report, bool media = false)
    {
        var drafts = new List<(string Entry, List<string> Phrases, List<DatedActorCode> Codes, ActorKind Kind, int Line, string? Note)>();
        var byEntry = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("phrase\t", StringComparison.Ordinal) || line.StartsWith("name\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = SourceText.Fields(line);
            var phrases = f[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            ActorKind kind;
            string code;
            DateOnly? from = null, to = null;
            string? note;
            if (media)
            {
                if (phrases.Count == 0 || f.Length < 2 || (f[1].Length != 0 && f[1].Length != 3))
                {
                    report.Skip(number, "expected name|aliases, country (ISO3 or empty), note", line);
                    continue;
                }

                kind = ActorKind.Media;
                code = f[1].ToUpperInvariant() + "MED";
                note = f.Length > 2 ? f[2] : null;
            }
            else
            {
                if (phrases.Count == 0 || f.Length < 3 || f[1].Trim().Length == 0 || !ActorKinds.TryParse(f[2], out kind)
                    || !TryDate(f.Length > 3 ? f[3] : string.Empty, out from) || !TryDate(f.Length > 4 ? f[4] : string.Empty, out to))
                {
                    report.Skip(number, "expected phrase|aliases, code, kind, from, to, note (dates YYYY-MM-DD)", line);
                    continue;
                }

                code = f[1].Trim().ToUpperInvariant();
                note = f.Length > 5 && f[5].Length > 0 ? f[5] : null;
            }

            var dated = new DatedActorCode(codes.Parse(code), from, to);
            if (byEntry.TryGetValue(phrases[0], out var index))
            {
                drafts[index].Codes.Add(dated);
                drafts[index].Phrases.AddRange(phrases.Skip(1));
            }
            else
            {
                byEntry[phrases[0]] = drafts.Count;
                drafts.Add((phrases[0], phrases, [dated], kind, number, note));
            }

            report.Loaded++;
        }

        return [.. drafts.Select((d, i) => new ActorEntry(firstId + i, d.Entry, d.Kind, [.. d.Phrases.Distinct(StringComparer.OrdinalIgnoreCase)], d.Codes, $"{displayName}:{d.Line}", layer, d.Note))];
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Trim().Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }
}
