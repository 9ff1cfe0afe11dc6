namespace Annalist.Evaluation.Plover;

/// <summary>
/// Scores on the PLOVER gold records: event-type accuracy (the coder's main event for the sentence
/// has the gold type, after mapping PLOVER 0.5 names), actor-and-recipient country accuracy (both
/// right on the event of the gold type), and a per-type table of gold count, found and precision.
/// </summary>
public sealed record PloverGoldScore(IReadOnlyList<PloverGoldOutcome> Outcomes)
{
    public int Records => Outcomes.Count;

    public int TypeCorrect => Outcomes.Count(o => o.TypeCorrect);

    public int DyadCorrect => Outcomes.Count(o => o.DyadCorrect);

    public double TypeAccuracy => Records == 0 ? 0 : (double)TypeCorrect / Records;

    public double DyadAccuracy => Records == 0 ? 0 : (double)DyadCorrect / Records;

    /// <summary>Per gold type: how many records, how many got the type, and how often the coder's predicted type was right.</summary>
    public IEnumerable<(string Type, int Gold, int Correct, int Predicted, int PredictedCorrect)> ByType()
    {
        var types = Outcomes.Select(o => o.GoldType).Concat(Outcomes.Select(o => o.PredictedType).OfType<string>()).Distinct().Order(StringComparer.Ordinal);
        foreach (var type in types)
        {
            yield return (type,
                Outcomes.Count(o => o.GoldType == type),
                Outcomes.Count(o => o.GoldType == type && o.TypeCorrect),
                Outcomes.Count(o => o.PredictedType == type),
                Outcomes.Count(o => o.PredictedType == type && o.TypeCorrect));
        }
    }

    /// <summary>Macro-averaged F1 over PLOVER types (each type's F1 from its precision and recall).</summary>
    public double MacroF1()
    {
        var f1s = ByType().Where(t => t.Gold > 0).Select(t =>
        {
            var precision = t.Predicted == 0 ? 0 : (double)t.PredictedCorrect / t.Predicted;
            var recall = (double)t.Correct / t.Gold;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).ToList();
        return f1s.Count == 0 ? 0 : f1s.Average();
    }
}

/// <summary>One gold record: its (mapped) type, the type the coder predicted, and whether type and dyad are right.</summary>
public sealed record PloverGoldOutcome(PloverGoldRecord Record, string GoldType, string? PredictedType, bool TypeCorrect, bool DyadCorrect, string? PredictedDyad);
