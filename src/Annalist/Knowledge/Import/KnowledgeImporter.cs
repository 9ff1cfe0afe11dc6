using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Knowledge.Matching;

namespace Annalist.Knowledge.Import;

/// <summary>
/// Regenerates the text sources under <c>data/knowledge</c> from the shared raw material (the PETRARCH2
/// dictionaries, mledoze countries and the Factbook table, GeoNames, the CAMEO table, the PLOVER manual
/// and its CAMEO table): copies what is used as it is, and derives compact sorted tables from the rest.
/// Project-maintained files (<c>project/</c>) are not touched.
/// </summary>
public sealed class KnowledgeImporter(string sharedData, string output)
{
    /// <summary>Populated places kept: at least this many inhabitants, or a capital or an admin-1 seat.</summary>
    public const long MinimumPopulation = 5000;

    private static readonly UTF8Encoding Utf8 = new(false);

    public IReadOnlyList<string> Run()
    {
        var written = new List<string>();
        Copy("petrarch2/CAMEO.2.0.txt", "petrarch2/CAMEO.2.0.txt", written);
        Copy("petrarch2/Phoenix.Countries.actors.txt", "petrarch2/Phoenix.Countries.actors.txt", written);
        Copy("petrarch2/Phoenix.International.actors.txt", "petrarch2/Phoenix.International.actors.txt", written);
        Copy("petrarch2/Phoenix.MilNonState.actors.txt", "petrarch2/Phoenix.MilNonState.actors.txt", written);
        Copy("petrarch2/Phoenix.agents.txt", "petrarch2/Phoenix.agents.txt", written);
        Copy("petrarch2/Phoenix.discards.txt", "petrarch2/Phoenix.discards.txt", written);
        Copy("petrarch2/LICENSE", "LICENSE-PETRARCH2-MIT.txt", written);
        Copy("countries/factbook-leaders.tsv", "countries/factbook-leaders.tsv", written);
        Copy("countries/LICENSE-mledoze-countries-ODbL.txt", "LICENSE-mledoze-countries-ODbL.txt", written);
        Copy("countries/LICENSE-factbook-CC0.txt", "LICENSE-factbook-CC0.txt", written);
        Copy("geonames/LICENSE-CC-BY-4.0.txt", "LICENSE-GeoNames-CC-BY-4.0.txt", written);
        Copy("cameo/cameo-codes.tsv", "ontology/cameo-codes.tsv", written);
        Copy("plover/CAMEO2PLOVER-2021.txt", "ontology/CAMEO2PLOVER-2021.txt", written);
        Copy("plover/LICENSE-PLOVER-CC-BY-SA-4.0.txt", "LICENSE-PLOVER-CC-BY-SA-4.0.txt", written);
        var iso2 = WriteCountries(written);
        WritePlaces(iso2, written);
        WritePlover(written);
        return written;
    }

    private string Shared(string relative) => Path.Combine(sharedData, relative);

    private string Output(string relative)
    {
        var path = Path.Combine(output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    private void Copy(string from, string to, List<string> written)
    {
        var target = Output(to);
        if (File.Exists(target))
        {
            File.Delete(target);
        }

        // Copy the content only: the shared folder is read-only and its modes must not follow the copy.
        File.WriteAllBytes(target, File.ReadAllBytes(Shared(from)));
        written.Add(to);
    }

    private void Write(string relative, IEnumerable<string> lines, List<string> written)
    {
        using var writer = new StreamWriter(Output(relative), false, Utf8) { NewLine = "\n" };
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }

        written.Add(relative);
    }

    private HashSet<string> WriteCountries(List<string> written)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Shared("countries/countries.json")));
        var rows = new List<string>();
        var iso2 = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            var iso3 = c.GetProperty("cca3").GetString()!;
            var code2 = c.GetProperty("cca2").GetString()!;
            iso2.Add(code2);
            var name = c.GetProperty("name").GetProperty("common").GetString()!;
            var official = c.GetProperty("name").GetProperty("official").GetString()!;
            var keys = new HashSet<string>(StringComparer.Ordinal) { TokenKey.Fold(name), TokenKey.Fold(official) };
            var alternates = c.GetProperty("altSpellings").EnumerateArray().Select(a => a.GetString()!)
                .Where(a => a.Length >= 3 && IsLatin(a) && keys.Add(TokenKey.Fold(a)))
                .ToList();
            var demonyms = new List<string>();
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var gender in new[] { "m", "f" })
                {
                    if (eng.TryGetProperty(gender, out var d) && d.GetString() is { Length: > 0 } value && !demonyms.Contains(value))
                    {
                        demonyms.Add(value);
                    }
                }
            }

            var capitals = c.TryGetProperty("capital", out var cap) ? cap.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
            var latlng = c.GetProperty("latlng").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            var independent = c.TryGetProperty("independent", out var ind) && ind.ValueKind == JsonValueKind.True;
            rows.Add(string.Join('\t', iso3, code2, name, official, string.Join('|', alternates), string.Join('|', demonyms), string.Join('|', capitals),
                Number(latlng.Length > 0 ? latlng[0] : 0), Number(latlng.Length > 1 ? latlng[1] : 0), independent ? "yes" : "no"));
        }

        rows.Sort(StringComparer.Ordinal);
        Write("countries/countries.tsv", rows.Prepend("iso3\tiso2\tname\tofficial\talternates\tdemonyms\tcapitals\tlat\tlon\tindependent"), written);
        return iso2;
    }

    private void WritePlaces(HashSet<string> iso2, List<string> written)
    {
        var rows = new List<(long Id, string Line)>();
        foreach (var line in File.ReadLines(Shared("geonames/cities500.txt"), Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 19 || !long.TryParse(f[14], out var population) || !iso2.Contains(f[8]))
            {
                continue;
            }

            var feature = f[7];
            if (population < MinimumPopulation && feature is not ("PPLC" or "PPLA" or "PPLG"))
            {
                continue;
            }

            var keys = new HashSet<string>(StringComparer.Ordinal) { TokenKey.Fold(f[1]), TokenKey.Fold(f[2]) };
            var alternates = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(a => a.Length >= 2 && char.IsLetter(a[0]) && IsLatin(a) && keys.Add(TokenKey.Fold(a)))
                .ToList();
            var ascii = f[2] == f[1] ? string.Empty : f[2];
            rows.Add((long.Parse(f[0], CultureInfo.InvariantCulture), string.Join('\t', f[0], f[1], ascii, string.Join('|', alternates), f[4], f[5], feature, f[8], f[10], f[14])));
        }

        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        Write("places/cities.tsv", rows.Select(r => r.Line).Prepend("geonameid\tname\tasciiname\talternates\tlat\tlon\tfeature_code\tcountry\tadmin1\tpopulation"), written);

        using var admin = JsonDocument.Parse(File.ReadAllBytes(Shared("geonames/admin1.json")));
        var admins = admin.RootElement.EnumerateArray()
            .Select(a => $"{a.GetProperty("code").GetString()}\t{a.GetProperty("name").GetString()}")
            .Where(l => iso2.Contains(l[..2]))
            .Order(StringComparer.Ordinal)
            .ToList();
        Write("places/admin1.tsv", admins.Prepend("code\tname"), written);
    }

    private void WritePlover(List<string> written)
    {
        var manual = PloverManualExtractor.Extract(File.ReadAllLines(Shared("plover/PLOVER_MANUAL.tex")));
        Write("ontology/plover-events.tsv", manual.Events.Prepend("event\tquad_class\trequires_recipient\tdefinition"), written);
        Write("ontology/plover-modes.tsv", manual.Modes.Prepend("event\tmode\tdefinition"), written);
        Write("ontology/plover-contexts.tsv", manual.Contexts.Prepend("context\tdefinition"), written);
    }

    private static bool IsLatin(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsLetter(c) ? c < '\u0250' : c is ' ' or '-' or '\'' or '.' or '\u2019'))
            {
                return false;
            }
        }

        return true;
    }

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
