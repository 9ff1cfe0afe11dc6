using System.Globalization;

namespace Annalist.Storage.Merging;

/// <summary>How a merge rule does on labelled pairs: precision is the share of merged pairs that are one event.</summary>
public sealed record MergeScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, IReadOnlyList<(LabelledPair Pair, MergeDecision Decision)> Errors)
{
    public int Pairs => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Pairs} pairs: precision {Precision:P1} ({TruePositives}/{TruePositives + FalsePositives} merged pairs are one event), recall {Recall:P1} ({TruePositives}/{TruePositives + FalseNegatives}), F1 {F1:F3}");
}
