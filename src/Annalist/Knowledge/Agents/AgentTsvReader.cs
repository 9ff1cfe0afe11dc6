using Annalist.Knowledge.Actors;

namespace Annalist.Knowledge.Agents;

/// <summary>
/// Reads roles from a TSV: <c>phrase|alias|...</c>, code (<c>~GOV</c> after the actor's code, <c>NGO~</c> before, a lone
/// <c>~</c> for a role that speaks for the actor named with it and keeps that actor's code: "Kremlin spokesman"), note.
/// </summary>
public static class AgentTsvReader
{
    public static List<AgentEntry> Read(string path, string displayName, KnowledgeLayer layer, int firstId, SourceFileReport report)
    {
        var result = new List<AgentEntry>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("phrase\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = SourceText.Fields(line);
            var phrases = f[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var code = f.Length > 1 ? f[1].Trim().ToUpperInvariant() : string.Empty;
            var prefix = code.EndsWith('~');
            if (phrases.Length == 0 || code.Length == 0 || (code[0] != '~' && !prefix))
            {
                report.Skip(number, "expected phrase|aliases, code (~GOV, NGO~ or ~), note", line);
                continue;
            }

            result.Add(new AgentEntry(firstId + result.Count, phrases[0], phrases, code.Trim('~'), prefix, $"{displayName}:{number}", layer));
            report.Loaded++;
        }

        return result;
    }
}
