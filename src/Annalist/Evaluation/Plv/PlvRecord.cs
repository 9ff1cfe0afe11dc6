namespace Annalist.Evaluation.Plv;

/// <summary>
/// One sentence of the PLV data set (Hu et al. 2024): the plain text, the marked source and target as
/// character offsets into it (no target for a one-sided event), and the gold PLOVER root (YIELD stands for
/// CONCEDE and RETREAT).
/// </summary>
public sealed record PlvRecord(string Id, string Text, (int Start, int End) Source, (int Start, int End)? Target, string GoldRoot)
{
    /// <summary>The sentence's part of the fixed dev/test split (<see cref="DevTestSplit"/>), hashed once: scores read it per threshold.</summary>
    public SplitPart Part { get; } = DevTestSplit.Of(Text);
}
