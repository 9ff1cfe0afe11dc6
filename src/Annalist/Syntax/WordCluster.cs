namespace Annalist.Syntax;

/// <summary>
/// A word's cluster: the path of <see cref="Length"/> bits from the root of the cluster tree to its leaf
/// (the last bit is the lowest). A prefix of the path is a coarser cluster. <see cref="Unknown"/> is
/// the cluster of a word none of whose pieces is known.
/// </summary>
internal readonly record struct WordCluster(uint Bits, int Length)
{
    public static readonly WordCluster Unknown = new(0, -1);

    /// <summary>The hash of the cluster cut to at most <paramref name="length"/> bits (a feature value).</summary>
    public ulong Prefix(int length)
    {
        if (Length < 0)
        {
            return UnknownHash;
        }

        var cut = Math.Min(length, Length);
        return FeatureHash.Mix(((ulong)(Bits >> (Length - cut)) << 8 | (uint)cut) + 0x7C1A_5E00_0000_0000UL);
    }

    private static readonly ulong UnknownHash = FeatureHash.Text("<no-cluster>");
}
