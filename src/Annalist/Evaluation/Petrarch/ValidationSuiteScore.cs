namespace Annalist.Evaluation.Petrarch;

/// <summary>
/// The outcome of the PETRARCH validation suite: records whose coded events equal the expected set
/// exactly (error records excluded, as PETRARCH's own runs exclude them), event-level recall and
/// precision over (source, target, CAMEO) triples, and per-category counts.
/// </summary>
public sealed record ValidationSuiteScore(IReadOnlyList<ValidationOutcome> Outcomes)
{
    public IEnumerable<ValidationOutcome> Scored => Outcomes.Where(o => o.Record.ExpectedError is null);

    public int Records => Scored.Count();

    public int Exact => Scored.Count(o => o.Exact);

    public F1Score Events => new(
        Scored.Sum(o => o.Record.Expected.Count),
        Scored.Sum(o => o.Coded.Count),
        Scored.Sum(o => o.Coded.Count(o.Record.Expected.Contains)));

    public IEnumerable<(string Category, int Exact, int Records)> ByCategory =>
        Scored.GroupBy(o => o.Record.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count(o => o.Exact), g.Count()));
}

/// <summary>What was coded for one record and whether it is exactly the expected set.</summary>
public sealed record ValidationOutcome(ValidationRecord Record, IReadOnlyList<ExpectedPetrarchEvent> Coded, string? Failure)
{
    public bool Exact => Failure is null && (Record.NoEvents ? Coded.Count == 0 : Coded.ToHashSet().SetEquals(Record.Expected));
}
