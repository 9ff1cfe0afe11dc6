using System.IO.Compression;
using System.Security.Cryptography;

namespace Annalist.Server.Workbench;

/// <summary>One embedded workbench file: its bytes, a Brotli and a gzip copy when they are smaller, and a strong ETag.</summary>
public sealed class StaticAsset
{
    public StaticAsset(string path, byte[] content)
    {
        Path = path;
        Content = content;
        ContentType = TypeOf(path);
        ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
        Brotli = Smaller(content, s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true));
        Gzip = Smaller(content, s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true));
    }

    /// <summary>The URL path below the root, e.g. "js/main.js".</summary>
    public string Path { get; }

    public byte[] Content { get; }

    public byte[]? Brotli { get; }

    public byte[]? Gzip { get; }

    public string ContentType { get; }

    public string ETag { get; }

    private static string TypeOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    private static byte[]? Smaller(byte[] content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(content);
        }

        return output.Length < content.Length * 9 / 10 ? output.ToArray() : null;
    }
}
