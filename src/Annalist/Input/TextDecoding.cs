using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Annalist.Input;

/// <summary>Strict decoding of input bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; binary data and invalid UTF-8 are reported, never guessed.</summary>
internal static class TextDecoding
{
    /// <summary>Decodes bytes to text, or says why not (with the 1-based line of invalid UTF-8).</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return RefuseNul(DecodeUtf16(bytes[2..], Encoding.Unicode));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return RefuseNul(DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode));
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        // NUL anywhere (not only near the start) makes the whole file binary: the same rule as for a NUL
        // escaped in a JSON Lines record, and text every store can hold.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DecodeResult.Fail("binary data (NUL bytes), not text", bytes[..nul].Count((byte)'\n') + 1);
        }

        return DecodeUtf8(bytes);
    }

    /// <summary>Text with a NUL character (U+0000) is refused as binary data, whatever its encoding.</summary>
    public static DecodeResult RefuseNul(DecodeResult decoded)
    {
        if (decoded.Text is not { } text || text.IndexOf('\0') is not (>= 0 and var nul))
        {
            return decoded;
        }

        return DecodeResult.Fail("binary data (NUL bytes), not text", text.AsSpan(0, nul).Count('\n') + 1);
    }

    /// <summary>Decodes one line of a line-oriented format (no BOM handling beyond a leading UTF-8 BOM).</summary>
    public static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = bytes[..read].Count((byte)'\n') + 1;
                var bad = read < bytes.Length ? $"0x{bytes[read]:X2}" : "end of data";
                return DecodeResult.Fail($"invalid UTF-8 ({bad} at byte {read})", line);
            }

            return DecodeResult.Ok(new string(chars, 0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            return DecodeResult.Ok(strict.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            return DecodeResult.Fail("invalid UTF-16 text", 1);
        }
    }
}

/// <summary>Decoded text, or the reason and 1-based line where decoding failed.</summary>
internal readonly record struct DecodeResult(string? Text, string? Error, int Line)
{
    public static DecodeResult Ok(string text) => new(text, null, 0);

    public static DecodeResult Fail(string error, int line) => new(null, error, line);
}
