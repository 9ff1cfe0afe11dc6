using System.Text.Json;

namespace Annalist.Evaluation.Plover;

/// <summary>Reads <c>PLOVER_GSR_CAMEO.txt</c> (one JSON array); the DOCUMENT header record is skipped.</summary>
public static class PloverGoldReader
{
    public static List<PloverGoldRecord> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        var records = new List<PloverGoldRecord>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var type = item.GetProperty("event").GetString() ?? string.Empty;
            if (type == "DOCUMENT" || !item.TryGetProperty("text", out var text))
            {
                continue;
            }

            records.Add(new PloverGoldRecord(
                item.GetProperty("id").GetString() ?? string.Empty,
                text.GetString() ?? string.Empty,
                type,
                Actors(item, "source"),
                Actors(item, "target"),
                Str(item, "mode"),
                Str(item, "context")));
        }

        return records;
    }

    private static List<PloverGoldActor> Actors(JsonElement item, string name) =>
        item.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(a => new PloverGoldActor(Str(a, "actorText"), Str(a, "code"), Str(a, "sector"))).ToList()
            : [];

    private static string Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? string.Empty : string.Empty;
}
