using System.Runtime.CompilerServices;

namespace Annalist.Syntax;

/// <summary>
/// 64-bit hashing of strings and feature templates. Features are never materialised as strings: a
/// feature is the hash of its template id and the hashes of its values, so extracting one allocates
/// nothing. Zero is reserved for "no feature" (an empty slot of a <see cref="WeightTable"/>).
/// </summary>
internal static class FeatureHash
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>Hash of a position outside the sentence (before the first or after the last word).</summary>
    public static readonly ulong Outside = Text("<out>");

    /// <summary>Hash of an absent value (no left child, no head yet).</summary>
    public static readonly ulong None = Text("<none>");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Mix((a * Golden) ^ (b + 0x632BE59BD9B4E019));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a) => NonZero(Combine((ulong)template + 1, a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b) => NonZero(Combine(Combine((ulong)template + 1, a), b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a, ulong b, ulong c) => NonZero(Combine(Combine(Combine((ulong)template + 1, a), b), c));

    /// <summary>Hash of a small integer value (a tag id, a label id, a distance).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Value(int value) => Mix((ulong)(uint)value + 0x51ED27);

    /// <summary>FNV-1a over the characters, finished with <see cref="Mix"/>.</summary>
    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        return Mix(h ^ (ulong)text.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong h) => h == 0 ? 1 : h;
}
