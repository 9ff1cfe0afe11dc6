using System.Globalization;

namespace Annalist.Knowledge.Countries;

/// <summary>
/// Reads <c>countries.tsv</c>: iso3, iso2, name, official name, alternate names, demonyms, capitals (lists
/// separated by <c>|</c>), latitude, longitude, independent (yes/no); one header row.
/// </summary>
public static class CountryReader
{
    public static List<Country> Read(string path, string displayName, SourceFileReport report)
    {
        var result = new List<Country>();
        foreach (var (number, line) in SourceText.Lines(path))
        {
            if (number == 1 || line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = SourceText.Fields(line);
            if (f.Length < 10 || f[0].Length != 3
                || !double.TryParse(f[7], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[8], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
            {
                report.Skip(number, "expected iso3, iso2, name, official, alternates, demonyms, capitals, lat, lon, independent", line);
                continue;
            }

            result.Add(new Country(CameoCountryCodes.Of(f[0]), f[1], f[2], f[3], List(f[4]), List(f[5]), List(f[6]), lat, lon, f[9] == "yes", $"{displayName}:{number}"));
            report.Loaded++;
        }

        return result;
    }

    private static string[] List(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
