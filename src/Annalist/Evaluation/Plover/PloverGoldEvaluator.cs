using Annalist.Events;

namespace Annalist.Evaluation.Plover;

/// <summary>
/// Codes each gold sentence and compares. The coder may find several events in a sentence; the
/// sentence's predicted type is that of the event matching the gold type if there is one (the gold
/// record codes one event of the sentence), else of the first event. Countries count as right when
/// the actor is one of the gold sources and the recipient one of the gold targets (IGO matches any
/// intergovernmental code; records without targets need only the actor).
/// </summary>
public static class PloverGoldEvaluator
{
    public static PloverGoldScore Evaluate(IReadOnlyList<PloverGoldRecord> records, Func<PloverGoldRecord, IReadOnlyList<CodedEvent>> code)
    {
        var outcomes = new PloverGoldOutcome[records.Count];
        Parallel.For(0, records.Count, i =>
        {
            var record = records[i];
            var gold = PloverMapping05.ToCurrent(record.Event);
            IReadOnlyList<CodedEvent> events;
            try
            {
                events = code(record);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                events = [];
            }

            var typed = events.Where(e => e.EventType == gold).ToList();
            var chosen = typed.FirstOrDefault() ?? events.FirstOrDefault();
            var dyad = typed.FirstOrDefault(e => DyadMatches(record, e));
            outcomes[i] = new PloverGoldOutcome(record, gold, chosen?.EventType, typed.Count > 0, dyad is not null,
                chosen is null ? null : $"{chosen.Actor.Country}->{chosen.Recipient?.Country ?? "-"}");
        });
        return new PloverGoldScore(outcomes);
    }

    private static bool DyadMatches(PloverGoldRecord record, CodedEvent e)
    {
        var actorOk = record.Sources.Count == 0 || record.Sources.Any(s => SameCountry(s.Code, e.Actor.Country, e.Actor.Code));
        var recipientOk = record.Targets.Count == 0 || (e.Recipient is { } r && record.Targets.Any(t => SameCountry(t.Code, r.Country, r.Code)));
        return actorOk && recipientOk;
    }

    private static bool SameCountry(string gold, string country, string code)
    {
        var expected = PloverMapping05.Country(gold);
        return expected switch
        {
            "IGO" => code.StartsWith("IGO", StringComparison.Ordinal) || country is "UNO" or "IGO" || country.StartsWith("IGO", StringComparison.Ordinal),
            "NGO" => code.StartsWith("NGO", StringComparison.Ordinal) || code.Contains("NGO", StringComparison.Ordinal),
            "IMG" => code.StartsWith("IMG", StringComparison.Ordinal) || code.Contains("REB", StringComparison.Ordinal) || code.Contains("INS", StringComparison.Ordinal),
            _ => country == expected,
        };
    }
}
