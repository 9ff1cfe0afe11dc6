using System.Globalization;

namespace Annalist.Knowledge.Places;

/// <summary>
/// Reads the gazetteer sources: <c>cities.tsv</c> (geonameid, name, ascii name, alternate names separated by |,
/// latitude, longitude, feature code, country ISO2, admin1 code, population; one header row) and
/// <c>admin1.tsv</c> (code <c>CC.X</c>, name), and a user's places TSV (name|aliases, lat, lon, country ISO3,
/// admin1, population, feature code).
/// </summary>
public static class PlaceReaders
{
    public static List<Place> ReadCities(string path, string displayName, IReadOnlyDictionary<string, string> iso2ToIso3, IReadOnlyDictionary<string, string> admin1Names, SourceFileReport report)
    {
        var result = new List<Place>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 10 || !long.TryParse(f[0], out var id) || !TryCoordinate(f[4], out var lat) || !TryCoordinate(f[5], out var lon) || !long.TryParse(f[9], out var population))
            {
                report.Skip(number, "expected geonameid, name, asciiname, alternates, lat, lon, feature code, country, admin1, population", line);
                continue;
            }

            if (!iso2ToIso3.TryGetValue(f[7], out var country))
            {
                report.Skip(number, $"unknown country code {f[7]}", line);
                continue;
            }

            var names = f[3].Split('|', StringSplitOptions.RemoveEmptyEntries).Prepend(f[2]).Where(n => n != f[1]).Distinct().ToArray();
            result.Add(new Place(f[1], id, lat, lon, country, admin1Names.GetValueOrDefault($"{f[7]}.{f[8]}", string.Empty), population, f[6], names, $"{displayName}:{number}"));
            report.Loaded++;
        }

        return result;
    }

    public static Dictionary<string, (string Name, int Line)> ReadAdmin1(string path, SourceFileReport report)
    {
        var result = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0)
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 2 || !f[0].Contains('.', StringComparison.Ordinal))
            {
                report.Skip(number, "expected code (CC.X), name", line);
                continue;
            }

            result[f[0]] = (f[1], number);
            report.Loaded++;
        }

        return result;
    }

    /// <summary>A user's places: name|aliases, latitude, longitude, country ISO3, admin1, population, feature code (default PPL).</summary>
    public static List<Place> ReadUserPlaces(string path, SourceFileReport report, string? displayName = null)
    {
        var result = new List<Place>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 4 || !TryCoordinate(f[1], out var lat) || !TryCoordinate(f[2], out var lon))
            {
                if (number > 1)
                {
                    report.Skip(number, "expected name|aliases, latitude, longitude, country (ISO3) [, admin1, population, feature code]", line);
                }

                continue;
            }

            var names = f[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var population = f.Length > 5 && long.TryParse(f[5], out var p) ? p : 0;
            var feature = f.Length > 6 && f[6].Length > 0 ? f[6] : "PPL";
            result.Add(new Place(names[0], null, lat, lon, f[3].ToUpperInvariant(), f.Length > 4 ? f[4] : string.Empty, population, feature, names[1..], $"{displayName ?? path}:{number}"));
            report.Loaded++;
        }

        return result;
    }

    private static bool TryCoordinate(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && Math.Abs(value) <= 180;
}
