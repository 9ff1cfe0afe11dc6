using Annalist.Events;

namespace Annalist.Evaluation.Seed;

/// <summary>
/// Scores coded events against an annotated article: each must expectation is found or missed (with
/// the closest candidate's differences, so a failure says why), each must-not reading is absent or
/// present. Matching follows the expectation file's rules: actor country, recipient country and
/// event type, plus every sector, CAMEO prefix, date, claim, place or mode/context it gives.
/// </summary>
public static class SeedScorer
{
    public static SeedScore Score(SeedExpectations expectations, string text, IReadOnlyList<CodedEvent> events)
    {
        var must = expectations.Must.Select(e => Check(e, text, events)).ToList();
        var may = expectations.May.Select(e => Check(e, text, events)).ToList();
        var violations = new List<(SeedExpectation, CodedEvent)>();
        foreach (var rule in expectations.MustNot)
        {
            foreach (var e in events)
            {
                if (Violates(rule, text, e))
                {
                    violations.Add((rule, e));
                }
            }
        }

        return new SeedScore(must, may, violations);
    }

    private static SeedCheck Check(SeedExpectation expected, string text, IReadOnlyList<CodedEvent> events)
    {
        var best = (Event: (CodedEvent?)null, Problems: new List<string> { "no event in that sentence" });
        foreach (var e in events)
        {
            if (expected.SentenceContains is { } needle && !InSentence(needle, text, e))
            {
                continue;
            }

            var problems = Differences(expected, text, e);
            if (best.Event is null || problems.Count < best.Problems.Count)
            {
                best = (e, problems);
            }

            if (problems.Count == 0)
            {
                return new SeedCheck(expected, e, []);
            }
        }

        return new SeedCheck(expected, null, best.Event is null ? best.Problems : [.. best.Problems.Select(p => $"{p} (closest: {Describe(best.Event)})")]);
    }

    /// <summary>Every way an event of the right sentence differs from the expectation (empty when it matches).</summary>
    public static List<string> Differences(SeedExpectation x, string text, CodedEvent e)
    {
        var problems = new List<string>();

        if (x.ActorCountry is { } actor && !SameCountry(actor, e.Actor.Country) && !SameCountry(actor, e.Actor.Code))
        {
            problems.Add($"actor {e.Actor.Country} not {actor}");
        }

        if (x.ActorSector is { } actorSector && !e.Actor.Sector.StartsWith(actorSector, StringComparison.Ordinal))
        {
            problems.Add($"actor sector '{e.Actor.Sector}' not {actorSector}");
        }

        if (x.RecipientCountry is { } recipient && !SameCountry(recipient, e.Recipient?.Country) && !SameCountry(recipient, e.Recipient?.Code))
        {
            problems.Add($"recipient {e.Recipient?.Country ?? "none"} not {recipient}");
        }

        if (x.RecipientSector is { } recipientSector && !(e.Recipient?.Sector ?? string.Empty).StartsWith(recipientSector, StringComparison.Ordinal))
        {
            problems.Add($"recipient sector '{e.Recipient?.Sector}' not {recipientSector}");
        }

        if (x.Plover.Count > 0 && !x.Plover.Contains(e.EventType))
        {
            problems.Add($"type {e.EventType} not {string.Join('|', x.Plover)}");
        }

        if (x.Cameo.Count > 0 && !x.Cameo.Any(prefix => e.Cameo.StartsWith(prefix, StringComparison.Ordinal)))
        {
            problems.Add($"CAMEO {e.Cameo} not {string.Join('|', x.Cameo)}*");
        }

        if (x.ModeOrContext.Count > 0 && !x.ModeOrContext.Any(m => e.Mode == m || e.Contexts.Contains(m)))
        {
            problems.Add($"mode/context '{e.Mode}'/[{string.Join(',', e.Contexts)}] lacks {string.Join('|', x.ModeOrContext)}");
        }

        if (x.DateOnOrBefore is { } limit && (e.Date is null || e.Date > limit))
        {
            problems.Add($"date {e.Date:yyyy-MM-dd} after {limit:yyyy-MM-dd}");
        }

        if (x.DateValue is { } value)
        {
            var date = e.Date?.ToString(value.Length == 7 ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var precisionOk = x.DatePrecision is null || x.DatePrecision == EventJson.PrecisionName(e.DatePrecision);
            if (date != value || !precisionOk)
            {
                problems.Add($"date {e.Date:yyyy-MM-dd}/{EventJson.PrecisionName(e.DatePrecision)} not {value}/{x.DatePrecision}");
            }
        }

        if (x.ClaimStatus is { } status && EventJson.StatusName(e.Status) != status)
        {
            problems.Add($"status {EventJson.StatusName(e.Status)} not {status}");
        }

        foreach (var claimant in x.ClaimedBy)
        {
            if (!e.ClaimedBy.Any(c => SameCountry(claimant, c.Country)))
            {
                problems.Add($"not claimed by {claimant} (claimed by [{string.Join(',', e.ClaimedBy.Select(c => c.Country))}])");
            }
        }

        if (x.ClaimantTextContains is { } claimantText && !e.ClaimedBy.Any(c => c.Text.Contains(claimantText, StringComparison.Ordinal)))
        {
            problems.Add($"no claimant '{claimantText}'");
        }

        if (x.ReportedByTextContains is { } outlet && !e.ReportedBy.Any(o => o.Text.Contains(outlet, StringComparison.Ordinal)))
        {
            problems.Add($"not reported by '{outlet}'");
        }

        if (x.Place is { } place && !(e.Place is { } p && (p.Name.Contains(place, StringComparison.OrdinalIgnoreCase) || p.Text.Contains(place, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add($"place {e.Place?.Name ?? "none"} not {place}");
        }

        return problems;
    }

    private static bool Violates(SeedExpectation rule, string text, CodedEvent e)
    {
        if (rule.AnySentence && rule.DateAfter is { } after)
        {
            return e.Date > after && e.Status is not (EventStatus.Intended or EventStatus.Hypothetical);
        }

        if (rule.SentenceContains is { } needle && !InSentence(needle, text, e))
        {
            return false;
        }

        if (rule.ActorTextContains is { } actorText)
        {
            return e.Actor.Text.Contains(actorText, StringComparison.Ordinal) || (e.Recipient?.Text.Contains(actorText, StringComparison.Ordinal) ?? false);
        }

        var matches = (rule.ActorCountry is null || SameCountry(rule.ActorCountry, e.Actor.Country))
            && (rule.RecipientCountry is null || SameCountry(rule.RecipientCountry, e.Recipient?.Country))
            && (rule.Plover.Count == 0 || rule.Plover.Contains(e.EventType));
        return matches && !rule.UnlessStatus.Contains(EventJson.StatusName(e.Status));
    }

    /// <summary>Whether any mention (or the evidence) of the event lies in a sentence containing the needle.</summary>
    private static bool InSentence(string needle, string text, CodedEvent e)
    {
        foreach (var range in e.Mentions.Append(e.Evidence.Sentence))
        {
            if (range.End <= text.Length && text.AsSpan(range.Start, range.Length).Contains(needle, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>UN as UNO (PLOVER) or IGOUNO (Phoenix) are the same; otherwise codes must be equal.</summary>
    private static bool SameCountry(string expected, string? actual) =>
        actual is not null && (expected == actual || (expected is "UNO" or "IGOUNO" && actual is "UNO" or "IGOUNO" or "IGO"));

    public static string Describe(CodedEvent e) =>
        $"{e.Actor.Country}{e.Actor.Sector} -{e.EventType}/{e.Cameo}-> {e.Recipient?.Country}{e.Recipient?.Sector} [{EventJson.StatusName(e.Status)}] {e.Date:yyyy-MM-dd}/{EventJson.PrecisionName(e.DatePrecision)} '{e.Evidence.TriggerText}'";
}

/// <summary>The outcome for one expectation: the event that satisfied it, or why the closest one did not.</summary>
public sealed record SeedCheck(SeedExpectation Expectation, CodedEvent? Match, IReadOnlyList<string> Problems)
{
    public bool Found => Match is not null;
}

/// <summary>Must expectations found, may expectations found, and must-not readings produced.</summary>
public sealed record SeedScore(IReadOnlyList<SeedCheck> Must, IReadOnlyList<SeedCheck> May, IReadOnlyList<(SeedExpectation Rule, CodedEvent Event)> Violations)
{
    public int MustFound => Must.Count(c => c.Found);

    public bool Passed => MustFound == Must.Count && Violations.Count == 0;
}
