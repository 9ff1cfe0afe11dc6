namespace Annalist.Evaluation.Plv;

/// <summary>
/// Root-level scores over PLV records: for each gold root its F1, their unweighted mean (root macro-F1, the
/// data set's published measure) and accuracy. A record without a prediction counts against recall only.
/// </summary>
public sealed class PlvScore
{
    private readonly List<(string Gold, string? Predicted, SplitPart Part)> outcomes = [];

    public int Records => outcomes.Count;

    public int Correct => outcomes.Count(o => o.Gold == o.Predicted);

    /// <summary>Records with any prediction.</summary>
    public int Predicted => outcomes.Count(o => o.Predicted is not null);

    public double Accuracy => Records == 0 ? 0 : (double)Correct / Records;

    public void Add(string gold, string? predicted, SplitPart part = SplitPart.Dev) => outcomes.Add((gold, predicted, part));

    /// <summary>The records of one part of the fixed dev/test split (<see cref="DevTestSplit"/>): rules are tuned on dev, test says whether they generalise.</summary>
    public PlvScore Part(SplitPart part)
    {
        var score = new PlvScore();
        score.outcomes.AddRange(outcomes.Where(o => o.Part == part));
        return score;
    }

    /// <summary>Per gold root (sorted): gold count, predictions of it, correct ones.</summary>
    public IReadOnlyList<(string Root, F1Score Score)> ByRoot() =>
        outcomes.Select(o => o.Gold).Distinct().Order(StringComparer.Ordinal)
            .Select(root => (root, new F1Score(
                outcomes.Count(o => o.Gold == root),
                outcomes.Count(o => o.Predicted == root),
                outcomes.Count(o => o.Gold == root && o.Predicted == root))))
            .ToList();

    public double MacroF1
    {
        get
        {
            var roots = ByRoot();
            return roots.Count == 0 ? 0 : roots.Average(r => r.Score.F1);
        }
    }
}
