using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Annalist.Storage.Query;

namespace Annalist.Storage.Export;

/// <summary>
/// Stored events written in one of the exchange formats, as <c>annalist export</c> and
/// <c>GET /api/export</c> give them: PLOVER JSON Lines, GDELT 2.0 Events or Mentions (tab-separated),
/// or CSV. Output goes out in chunks with asynchronous writes only, so it streams to a file, standard
/// output or an HTTP response alike without holding the export in memory.
/// </summary>
public static class EventExport
{
    public static IReadOnlyList<string> Formats { get; } = ["plover-jsonl", "gdelt-events", "gdelt-mentions", "csv"];

    private const int ChunkEvents = 256;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static bool IsFormat(string? format) => format is not null && Formats.Contains(format);

    /// <summary>The media type of a format's file.</summary>
    public static string MediaType(string format) => format switch
    {
        "plover-jsonl" => "application/x-ndjson",
        "csv" => "text/csv",
        _ => "text/tab-separated-values",
    };

    /// <summary>The file name extension of a format's file.</summary>
    public static string Extension(string format) => format switch
    {
        "plover-jsonl" => "jsonl",
        "csv" => "csv",
        _ => "tsv",
    };

    /// <summary>Writes every event in the format; <paramref name="header"/> adds the column names to GDELT files (CSV always has them). Returns the number of events.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<StoredEvent> events, Stream output, string format, bool header, CancellationToken cancellationToken = default)
    {
        if (!IsFormat(format))
        {
            throw new ArgumentException($"unknown export format '{format}' (expected {string.Join(", ", Formats)})", nameof(format));
        }

        var chunk = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var json = new ArrayBufferWriter<byte>(4096);
        using var jsonWriter = new Utf8JsonWriter(json, JsonOptions);
        if (format == "csv")
        {
            EventCsv.WriteHeader(chunk);
        }
        else if (header && format.StartsWith("gdelt", StringComparison.Ordinal))
        {
            chunk.Write(string.Join('\t', format == "gdelt-events" ? GdeltEvents.Columns : GdeltMentions.Columns) + "\n");
        }

        long count = 0;
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            switch (format)
            {
                case "plover-jsonl":
                    json.ResetWrittenCount();
                    jsonWriter.Reset(json);
                    PloverJson.Write(e, jsonWriter);
                    jsonWriter.Flush();
                    chunk.Write(Encoding.UTF8.GetString(json.WrittenSpan));
                    chunk.Write('\n');
                    break;
                case "gdelt-events":
                    GdeltEvents.Write(e, chunk);
                    break;
                case "gdelt-mentions":
                    foreach (var mention in e.Mentions)
                    {
                        GdeltMentions.Write(e, mention, chunk);
                    }

                    break;
                default:
                    EventCsv.Write(e, chunk);
                    break;
            }

            count++;
            if (count % ChunkEvents == 0)
            {
                await FlushAsync(chunk, output, cancellationToken).ConfigureAwait(false);
            }
        }

        await FlushAsync(chunk, output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task FlushAsync(StringWriter chunk, Stream output, CancellationToken cancellationToken)
    {
        var builder = chunk.GetStringBuilder();
        if (builder.Length == 0)
        {
            return;
        }

        await output.WriteAsync(Encoding.UTF8.GetBytes(builder.ToString()), cancellationToken).ConfigureAwait(false);
        builder.Clear();
    }
}
