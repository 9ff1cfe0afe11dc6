using System.Globalization;

namespace Annalist.Knowledge.Ontology;

/// <summary>Reads the ontology's text sources (cameo-codes.tsv, CAMEO2PLOVER-2021.txt and the PLOVER tables).</summary>
public static class OntologyReaders
{
    /// <summary><c>code, name, goldstein, quad_class</c> with a header row.</summary>
    public static List<CameoEventType> ReadCameoCodes(string path, SourceFileReport report)
    {
        var result = new List<CameoEventType>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 4 || !CameoCode.TryParse(f[0], out var code) || !int.TryParse(f[3], out var quad) || quad is < 1 or > 4)
            {
                report.Skip(number, "expected code, name, goldstein, quad_class", line);
                continue;
            }

            double? goldstein = null;
            if (f[2].Length > 0)
            {
                if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var g))
                {
                    report.Skip(number, "the Goldstein value is not a number", line);
                    continue;
                }

                goldstein = g;
            }

            result.Add(new CameoEventType(code.Value, f[1], goldstein, (QuadClass)quad));
            report.Loaded++;
        }

        return result;
    }

    /// <summary><c>CAMEO: EVENT, mode, context # name</c>, comments with #.</summary>
    public static List<PloverMapping> ReadCameoToPlover(string path, string displayName, SourceFileReport report)
    {
        var result = new List<PloverMapping>();
        foreach (var (number, raw) in SourceText.Lines(path))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !CameoCode.TryParse(line[..colon], out var code))
            {
                report.Skip(number, "expected 'CAMEO: EVENT, mode, context'", raw);
                continue;
            }

            var parts = line[(colon + 1)..].Split(',').Select(p => p.Trim()).ToArray();
            if (parts[0].Length == 0)
            {
                report.Skip(number, "no PLOVER event type", raw);
                continue;
            }

            var mode = parts.Length > 1 ? parts[1] : string.Empty;
            var contexts = parts.Skip(2).Where(p => p.Length > 0).ToArray();
            result.Add(new PloverMapping(code.Value, parts[0].ToUpperInvariant(), mode, contexts, $"{displayName}:{number}"));
            report.Loaded++;
        }

        return result;
    }

    /// <summary><c>event, quad_class, requires_recipient, definition</c> plus modes <c>event, mode, definition</c>.</summary>
    public static List<PloverEventType> ReadPloverEvents(string eventsPath, string modesPath, SourceFileReport eventsReport, SourceFileReport modesReport)
    {
        var modes = new List<PloverMode>();
        foreach (var (number, line) in SourceText.Lines(modesPath))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 3)
            {
                modesReport.Skip(number, "expected event, mode, definition", line);
                continue;
            }

            modes.Add(new PloverMode(f[0], f[1], f[2]));
            modesReport.Loaded++;
        }

        var result = new List<PloverEventType>();
        foreach (var (number, line) in SourceText.Lines(eventsPath))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 4 || !int.TryParse(f[1], out var quad) || quad is < 1 or > 4)
            {
                eventsReport.Skip(number, "expected event, quad_class, requires_recipient, definition", line);
                continue;
            }

            result.Add(new PloverEventType(f[0], f[3], (QuadClass)quad, f[2] == "yes", [.. modes.Where(m => m.EventType == f[0])]));
            eventsReport.Loaded++;
        }

        return result;
    }

    /// <summary><c>context, definition</c> with a header row.</summary>
    public static List<PloverContext> ReadPloverContexts(string path, SourceFileReport report)
    {
        var result = new List<PloverContext>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 2)
            {
                report.Skip(number, "expected context, definition", line);
                continue;
            }

            result.Add(new PloverContext(f[0], f[1]));
            report.Loaded++;
        }

        return result;
    }
}
