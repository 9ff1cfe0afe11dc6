using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Annalist.Cli.Output;

/// <summary>JSON Lines on a stream: one compact object per line, non-ASCII text written as is, buffered (no flush per line).</summary>
internal sealed class JsonOutput(Stream stream) : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private Utf8JsonWriter? json;

    public void WriteLine(Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        if (json is null)
        {
            json = new Utf8JsonWriter(buffer, Options);
        }
        else
        {
            json.Reset(buffer);
        }

        write(json);
        json.Flush();
        stream.Write(buffer.WrittenSpan);
        stream.WriteByte((byte)'\n');
    }

    public void Dispose() => json?.Dispose();
}
