namespace Annalist.Evaluation.Petrarch;

/// <summary>
/// One record of the PETRARCH/TABARI validation suite: the sentence, its date, the events a correct
/// coder produces (source code, target code, CAMEO code), whether no event or an error is expected,
/// and the coder options (<c>&lt;Config&gt;</c>) in force when it is read.
/// </summary>
public sealed record ValidationRecord(
    string Id,
    string Category,
    DateOnly Date,
    string Text,
    IReadOnlyList<ExpectedPetrarchEvent> Expected,
    bool NoEvents,
    string? ExpectedError,
    IReadOnlyDictionary<string, string> Options,
    int Line);

/// <summary>An expected event in PETRARCH codes (e.g. "ARNGOV", "GON", "064").</summary>
public readonly record struct ExpectedPetrarchEvent(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}
