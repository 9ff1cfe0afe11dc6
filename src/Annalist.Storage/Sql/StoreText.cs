using System.Globalization;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Storage.Sql;

/// <summary>How values are written into columns, the same in both stores: ISO dates, JSON arrays and objects, packed sentence offsets.</summary>
internal static class StoreText
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static int MonthKey(DateOnly date) => (date.Year * 100) + date.Month;

    public static string Contexts(IEnumerable<string> contexts) => JsonSerializer.Serialize(contexts.ToArray());

    public static IReadOnlyList<string> ParseContexts(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    /// <summary>Sentence ranges as little-endian int32 start,end pairs.</summary>
    public static byte[] SentenceOffsets(IReadOnlyList<TextRange> sentences)
    {
        var bytes = new byte[sentences.Count * 8];
        for (var i = 0; i < sentences.Count; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), sentences[i].Start);
            BitConverter.TryWriteBytes(bytes.AsSpan((i * 8) + 4), sentences[i].End);
        }

        return bytes;
    }

    public static IReadOnlyList<TextRange> ParseSentenceOffsets(byte[] bytes)
    {
        var ranges = new TextRange[bytes.Length / 8];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = new TextRange(BitConverter.ToInt32(bytes, i * 8), BitConverter.ToInt32(bytes, (i * 8) + 4));
        }

        return ranges;
    }

    public static string Record(CodedEvent e)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            EventJson.Write(e, writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static CodedEvent ParseRecord(string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventJson.Read(document.RootElement);
    }

    public static string? Place(EventPlace? place)
    {
        if (place is null)
        {
            return null;
        }

        return JsonSerializer.Serialize(new PlaceRow(place.Text, place.Range.Start, place.Range.End, place.Name, place.GeonameId, place.Latitude, place.Longitude, place.Country, place.Admin1));
    }

    public static EventPlace? ParsePlace(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        var row = JsonSerializer.Deserialize<PlaceRow>(json)!;
        return new EventPlace(row.Text, new TextRange(row.Start, row.End), row.Name, row.GeonameId, row.Lat, row.Lon, row.Country, row.Admin1);
    }

    private sealed record PlaceRow(string Text, int Start, int End, string Name, long GeonameId, double Lat, double Lon, string Country, string Admin1);
}
