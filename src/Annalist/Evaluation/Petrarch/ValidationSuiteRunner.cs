using Annalist.Events;

namespace Annalist.Evaluation.Petrarch;

/// <summary>
/// Runs a coder over the validation suite. The coder receives each record (text, date and the
/// Config options in force) and returns its events; they are compared as PETRARCH triples
/// (actor code, recipient code or "---", CAMEO code), duplicates collapsed as PETRARCH does.
/// </summary>
public static class ValidationSuiteRunner
{
    public static ValidationSuiteScore Run(IReadOnlyList<ValidationRecord> records, Func<ValidationRecord, IReadOnlyList<CodedEvent>> code)
    {
        var outcomes = new ValidationOutcome[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var record = records[i];
            try
            {
                var coded = code(record).Select(e => new ExpectedPetrarchEvent(e.Actor.Code, e.Recipient?.Code ?? "---", e.Cameo)).Distinct().ToList();
                outcomes[i] = new ValidationOutcome(record, coded, null);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                outcomes[i] = new ValidationOutcome(record, [], $"{ex.GetType().Name}: {ex.Message}");
            }
        });
        return new ValidationSuiteScore(outcomes);
    }
}
