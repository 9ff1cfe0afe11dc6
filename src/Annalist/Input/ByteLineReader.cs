namespace Annalist.Input;

/// <summary>
/// Streams the lines of a byte stream without decoding, holding at most one line (up to a limit) in
/// memory. A line over the limit is skipped to its end and reported as too long, so a huge file or
/// a huge line never exhausts memory. The yielded buffer is reused: consume it before moving on.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private const int ChunkSize = 64 * 1024;

    public IEnumerable<RawLine> ReadLines()
    {
        var chunk = new byte[ChunkSize];
        var line = new byte[ChunkSize];
        var lineLength = 0;
        var tooLong = false;
        var number = 1;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var offset = 0;
            while (offset < read)
            {
                var newline = Array.IndexOf(chunk, (byte)'\n', offset, read - offset);
                var end = newline < 0 ? read : newline;
                Append(chunk.AsSpan(offset, end - offset), ref line, ref lineLength, ref tooLong);
                if (newline < 0)
                {
                    break;
                }

                yield return new RawLine(number++, line, TrimCr(line, lineLength), tooLong);
                lineLength = 0;
                tooLong = false;
                offset = newline + 1;
            }
        }

        if (lineLength > 0 || tooLong)
        {
            yield return new RawLine(number, line, TrimCr(line, lineLength), tooLong);
        }
    }

    private void Append(ReadOnlySpan<byte> bytes, ref byte[] line, ref int length, ref bool tooLong)
    {
        if (tooLong)
        {
            return;
        }

        if (length + bytes.Length > maxLineBytes)
        {
            tooLong = true;
            length = 0;
            return;
        }

        if (length + bytes.Length > line.Length)
        {
            Array.Resize(ref line, (int)Math.Min(maxLineBytes, Math.Max(line.Length * 2L, length + bytes.Length)));
        }

        bytes.CopyTo(line.AsSpan(length));
        length += bytes.Length;
    }

    private static int TrimCr(byte[] line, int length) => length > 0 && line[length - 1] == (byte)'\r' ? length - 1 : length;
}

/// <summary>One line of bytes (valid until the next line is read), its 1-based number, and whether it exceeded the limit.</summary>
internal readonly record struct RawLine(int Number, byte[] Buffer, int Length, bool TooLong)
{
    public ReadOnlySpan<byte> Bytes => Buffer.AsSpan(0, Length);
}
