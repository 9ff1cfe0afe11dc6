namespace Annalist.Knowledge.Actors;

/// <summary>
/// Reviewed corrections of a dictionary entry's country (<c>project/actor-corrections.tsv</c>: file, entry, from, to,
/// note): Phoenix lists Mauritania's leaders after MAURITIUS_ with Mauritius' code MUS. Every code of a corrected entry
/// that names the wrong country is given the right one, its sector and dates kept; a row that matches no entry of its
/// file is reported, so a correction cannot go stale unseen.
/// </summary>
public sealed class ActorCountryCorrections
{
    private readonly Dictionary<(string File, string Entry), (string From, string To, int Line)> rows = [];
    private readonly HashSet<(string File, string Entry)> used = [];
    private readonly SourceFileReport report;

    private ActorCountryCorrections(SourceFileReport report) => this.report = report;

    public int Count => rows.Count;

    public static ActorCountryCorrections Read(string path, string displayName, SourceFileReport report)
    {
        var corrections = new ActorCountryCorrections(report);
        if (!File.Exists(path))
        {
            return corrections;
        }

        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("file\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 4 || f[0].Length == 0 || f[1].Length == 0 || f[2].Length != 3 || f[3].Length != 3)
            {
                report.Skip(number, $"{displayName}: expected file, entry, from (ISO3), to (ISO3), note", line);
                continue;
            }

            corrections.rows[(f[0], f[1])] = (f[2].ToUpperInvariant(), f[3].ToUpperInvariant(), number);
            report.Loaded++;
        }

        return corrections;
    }

    /// <summary>The entries of <paramref name="file"/>, those a row names re-coded to the right country.</summary>
    public IEnumerable<ActorEntry> Apply(IEnumerable<ActorEntry> entries, string file, ActorCodeParser codes)
    {
        foreach (var entry in entries)
        {
            if (!rows.TryGetValue((file, entry.Entry), out var row))
            {
                yield return entry;
                continue;
            }

            used.Add((file, entry.Entry));
            var recoded = entry.Codes
                .Select(c => c.Code.Country == row.From ? c with { Code = codes.Parse(row.To + c.Code.Value[row.From.Length..]) } : c)
                .ToList();
            yield return entry with { Codes = recoded, Note = $"{entry.Note} (country {row.From} corrected to {row.To}: project/actor-corrections.tsv:{row.Line})".Trim() };
        }
    }

    /// <summary>Reports every row that matched no entry.</summary>
    public void ReportUnused()
    {
        foreach (var ((file, entry), (_, _, line)) in rows.Where(r => !used.Contains(r.Key)))
        {
            report.Warn(line, $"no entry {entry} in {file}", entry);
        }
    }
}
