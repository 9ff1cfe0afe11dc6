using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Input;

namespace Annalist.Queue;

/// <summary>
/// A document on the queue is one JSON Lines record, the format <c>annalist ingest</c> reads
/// (<c>{"id","text","date","title","url","source","language"}</c>), so anything that can write
/// that format can feed the workers, and a worker reads it with the same reader and the same rules.
/// </summary>
public static class DocumentMessage
{
    public static byte[] Encode(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(document.Text.Length + 256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var metadata = document.Metadata;
            json.WriteStartObject();
            json.WriteString("id", metadata.Id);
            Optional(json, "title", metadata.Title);
            Optional(json, "url", metadata.Url);
            Optional(json, "source", metadata.Source);
            Optional(json, "date", metadata.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("language", metadata.Language);
            json.WriteString("text", document.Text);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a message as ingest reads a JSON Lines record; <paramref name="location"/> names it in problems (and is the id of a record without one).</summary>
    public static InputRecord Decode(ReadOnlySpan<byte> data, string location, InputReader reader)
    {
        string json;
        try
        {
            json = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(data);
        }
        catch (DecoderFallbackException)
        {
            return InputRecord.Failed(new SourceLocation(location), "message is not valid UTF-8");
        }

        return reader.ReadJsonRecord(json, location);
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
