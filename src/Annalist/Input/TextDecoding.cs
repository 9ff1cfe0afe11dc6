using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Annalist.Input;

/// <summary>Strict decoding of input bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; binary data and invalid UTF-8 are reported, never guessed.</summary>
internal static class TextDecoding
{
    private const int BinaryProbeBytes = 8000;

    /// <summary>Decodes bytes to text, or says why not (with the 1-based line of invalid UTF-8).</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], Encoding.Unicode);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], Encoding.BigEndianUnicode);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        if (LooksBinary(bytes))
        {
            return DecodeResult.Fail("binary data (NUL bytes), not text", 1);
        }

        return DecodeUtf8(bytes);
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

    public static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].Contains((byte)0);

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
