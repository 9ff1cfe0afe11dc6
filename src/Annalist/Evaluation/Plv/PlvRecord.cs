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

    /// <summary>Every marked mention of the source: the gold marks a party named twice at both places ("attack on the Gaza Strip ... fire in the Gaza Strip"); <see cref="Source"/> is the last.</summary>
    public IReadOnlyList<(int Start, int End)> Sources { get; init; } = [Source];

    /// <summary>Every marked mention of the target (none for a one-sided event); <see cref="Target"/> is the last.</summary>
    public IReadOnlyList<(int Start, int End)> Targets { get; init; } = Target is { } t ? [t] : [];
}
