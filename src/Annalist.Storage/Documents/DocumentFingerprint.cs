using System.Security.Cryptography;
using System.Text;

namespace Annalist.Storage.Documents;

/// <summary>
/// What makes two documents the same for the store: the same normalised URL, or the same normalised
/// text. The text key is the SHA-256 of the document's normalised text (typographic variants folded
/// by the text layer) with every run of whitespace made one space, trimmed and lower-cased, so a
/// copy re-wrapped or with curly quotes straightened is still recognised.
/// </summary>
public static class DocumentFingerprint
{
    /// <summary>Hex SHA-256 of the normalised text.</summary>
    public static string TextHash(string normalizedText)
    {
        var builder = new StringBuilder(normalizedText.Length);
        var pendingSpace = false;
        foreach (var c in normalizedText)
        {
            if (c == Annalist.Text.TextNormalizer.ZeroWidth)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>
    /// The URL as a key: scheme and host lower-cased, default port, fragment, trailing slash and
    /// tracking parameters (utm_*) dropped. Null for no URL; a string that is not an absolute http(s)
    /// URL is kept trimmed as it is.
    /// </summary>
    public static string? UrlKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return trimmed;
        }

        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : string.Empty;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port;
        return $"{host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : string.Empty)}";
    }

    /// <summary>
    /// The outlet a document counts for in <c>source_count</c>: its source as given by the input
    /// (lower-cased, trimmed), else the host of its URL without "www.", else <see cref="UnknownOutlet"/>.
    /// </summary>
    public static string Outlet(string? source, string? url)
    {
        if (!string.IsNullOrWhiteSpace(source))
        {
            return source.Trim().ToLowerInvariant();
        }

        if (url is not null && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            var host = uri.Host.ToLowerInvariant();
            return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        }

        return UnknownOutlet;
    }

    /// <summary>The outlet key of documents that name none; all of them count as one source. Exports write null for it.</summary>
    public const string UnknownOutlet = "(unknown)";

    /// <summary>The outlet for output: null for <see cref="UnknownOutlet"/>.</summary>
    public static string? Known(string outlet) => outlet == UnknownOutlet ? null : outlet;
}
