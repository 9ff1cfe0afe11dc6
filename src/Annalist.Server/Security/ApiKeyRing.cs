using System.Security.Cryptography;
using System.Text;

namespace Annalist.Server.Security;

/// <summary>
/// The configured API keys, kept only as SHA-256 digests. A presented key is hashed and compared with
/// every digest in constant time (no early exit, equal lengths), so neither its content nor its length
/// leaks through timing, and the keys themselves are never held in a form that could reach a log.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly byte[][] digests;

    public ApiKeyRing(IEnumerable<string> keys)
    {
        digests = keys.Select(Digest).ToArray();
    }

    /// <summary>Whether any key is configured (without one, ingest is off).</summary>
    public bool IsConfigured => digests.Length > 0;

    public int Count => digests.Length;

    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || digests.Length == 0)
        {
            return false;
        }

        var candidate = Digest(presented);
        var match = false;
        foreach (var digest in digests)
        {
            match |= CryptographicOperations.FixedTimeEquals(candidate, digest);
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
