using System.Security.Cryptography;
using System.Text;

namespace Annalist.Evaluation;

/// <summary>The part of a reference set a sentence belongs to: rules are tuned on dev, and only test measures whether they generalise.</summary>
public enum SplitPart
{
    Dev,
    Test,
}

/// <summary>
/// The fixed dev/test split of every reference set the coder is tuned on (PLOVER gold records, the PETRARCH2
/// validation suite, the event spec): a sentence is in the test part when the first byte of the SHA-256 of its
/// text (whitespace collapsed, UTF-8) is divisible by 3, about one sentence in three. The split depends on the
/// sentence alone, so it never moves when a set is reordered or grows, and no one chooses it.
/// </summary>
public static class DevTestSplit
{
    public static SplitPart Of(string sentence)
    {
        var normalised = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(normalised));
        return hash[0] % 3 == 0 ? SplitPart.Test : SplitPart.Dev;
    }

    public static string Name(SplitPart part) => part == SplitPart.Test ? "test" : "dev";
}
