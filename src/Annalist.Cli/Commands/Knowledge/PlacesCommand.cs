using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Annalist.Knowledge.Places;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>`annalist places lookup TEXT`: the places a name may be, best first.</summary>
internal static class PlacesCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The place name to look up, e.g. Kyiv, Kiev, Paris." };
        var country = new Option<string[]>("--country") { Description = "ISO alpha-3 code of a country already mentioned (ranks its places first). Repeatable." };
        var format = OutputFormat.Create();
        var knowledge = new KnowledgeOptions();
        var lookup = new Command("lookup", "Print the gazetteer candidates for a name: name, GeoNames id, coordinates, country, admin1, population, feature code.");
        lookup.Arguments.Add(text);
        lookup.Options.Add(country);
        lookup.Options.Add(format);
        knowledge.AddTo(lookup);
        lookup.SetAction(parsed =>
        {
            var kb = knowledge.Load(parsed, Console.Error);
            var hints = (parsed.GetValue(country) ?? []).Select(c => c.ToUpperInvariant()).ToArray();
            var candidates = kb.Places.Lookup(parsed.GetValue(text)!, hints);
            if (OutputFormat.IsJson(parsed.GetValue(format)))
            {
                WriteJson(candidates, Console.OpenStandardOutput());
            }
            else
            {
                TextTable.Write(Console.Out, ["name", "geonameid", "lat", "lon", "country", "admin1", "population", "feature", "score"], [.. candidates.Select(c => new[]
                {
                    c.Place.Name, c.Place.GeonameId?.ToString(CultureInfo.InvariantCulture) ?? "", Number(c.Place.Latitude), Number(c.Place.Longitude), c.Place.Country,
                    c.Place.Admin1, c.Place.Population.ToString(CultureInfo.InvariantCulture), c.Place.FeatureCode, Number(c.Score),
                })]);
            }

            return candidates.Count > 0 ? ExitCodes.Success : ExitCodes.SomeRecordsFailed;
        });

        var command = new Command("places", "Look up places in the gazetteer (GeoNames cities, admin-1 regions, countries).");
        command.Subcommands.Add(lookup);
        return command;
    }

    private static void WriteJson(IReadOnlyList<PlaceCandidate> candidates, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var c in candidates)
            {
                var p = c.Place;
                json.WriteStartObject();
                json.WriteString("name", p.Name);
                if (p.GeonameId is { } id)
                {
                    json.WriteNumber("geonameid", id);
                }
                else
                {
                    json.WriteNull("geonameid");
                }

                json.WriteNumber("lat", p.Latitude);
                json.WriteNumber("lon", p.Longitude);
                json.WriteString("country", p.Country);
                json.WriteString("admin1", p.Admin1);
                json.WriteNumber("population", p.Population);
                json.WriteString("feature_code", p.FeatureCode);
                json.WriteString("source", p.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.Write("\n"u8);
        output.Flush();
    }

    private static string Number(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);
}
