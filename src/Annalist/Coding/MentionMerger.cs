using Annalist.Coding.Actors;
using Annalist.Coding.Rules;
using Annalist.Events;

namespace Annalist.Coding;

/// <summary>
/// Merges candidates that are mentions of one event within an article — the headline and the body
/// repeating "the US and South Korea accused Pyongyang" — when actor and recipient codes, CAMEO
/// root and status agree and their dates are compatible. The earliest mention is the evidence.
/// </summary>
internal static class MentionMerger
{
    /// <summary>
    /// An agentless passive ("anti-aircraft missiles were sent to North Korea") is one more mention of an
    /// event the article codes with its actor — same CAMEO root, same recipient country — and adds its
    /// claimants and outlets to that event; with no such event it is dropped, never given a guessed actor.
    /// </summary>
    public static void AttachAgentless(List<IReadOnlyList<EventCandidate>> groups, IEnumerable<EventCandidate> agentless)
    {
        foreach (var echo in agentless)
        {
            var index = groups.FindIndex(g => g[0].Recipient is { } recipient && recipient.Country == echo.Recipient?.Country && Root(g[0].Cameo) == Root(echo.Cameo));
            if (index < 0)
            {
                // Violence against a named victim by an unnamed doer is still an event ("civilians were killed in a
                // bombing"); the doer takes the country of the event's place, as an unnamed doer in the active does.
                if (IsViolent(echo.Cameo) && echo.Status is EventStatus.Asserted or EventStatus.Alleged)
                {
                    groups.Add([echo with { Actor = ActorMention.UnnamedDoer(new Documents.TokenRange(echo.Trigger, echo.Trigger), echo.Place), Agentless = false }]);
                }

                continue;
            }

            var group = groups[index];
            var first = group[0];
            groups[index] = [.. group, echo with { Actor = first.Actor, Recipient = first.Recipient, Cameo = first.Cameo, Status = first.Status, Agentless = false }];
        }
    }

    public static List<IReadOnlyList<EventCandidate>> Merge(IReadOnlyList<EventCandidate> candidates)
    {
        var groups = new List<List<EventCandidate>>();
        foreach (var candidate in candidates)
        {
            var group = groups.FirstOrDefault(g => SameEvent(g[0], candidate));
            if (group is null)
            {
                groups.Add([candidate]);
            }
            else if (!group.Any(c => c.Sentence == candidate.Sentence && c.Trigger == candidate.Trigger))
            {
                group.Add(candidate);
            }
        }

        return groups.Select(g => (IReadOnlyList<EventCandidate>)g).ToList();
    }

    private static bool SameEvent(EventCandidate a, EventCandidate b) =>
        a.SameDyad(b)
        && Root(a.Cameo) == Root(b.Cameo)
        && a.Status == b.Status
        && CompatibleDates(a, b)
        && (a.Sentence != b.Sentence || a.Cameo == b.Cameo);

    /// <summary>Coercion, assault, fighting and mass violence (CAMEO roots 17–20): events even when the doer is unnamed.</summary>
    public static bool IsViolent(string cameo) => CodingRules.Shipped.Has(cameo, CodeProperty.Violent);

    /// <summary>Physical force: assault, fight, mass violence (CAMEO 18-20), coercion (17) excluded.</summary>
    public static bool IsForce(string cameo) => CodingRules.Shipped.Has(cameo, CodeProperty.Force);

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    /// <summary>Two dates fit one event when either is only an upper bound that the other respects, or they are equal at the coarser precision.</summary>
    private static bool CompatibleDates(EventCandidate a, EventCandidate b)
    {
        if (a.Precision == DatePrecision.Before)
        {
            return b.Date <= a.Date;
        }

        if (b.Precision == DatePrecision.Before)
        {
            return a.Date <= b.Date;
        }

        var coarse = a.Precision > b.Precision ? a.Precision : b.Precision;
        return coarse switch
        {
            DatePrecision.Day => a.Date == b.Date,
            DatePrecision.Week => Math.Abs(a.Date.DayNumber - b.Date.DayNumber) < 7,
            DatePrecision.Month => a.Date.Year == b.Date.Year && a.Date.Month == b.Date.Month,
            _ => a.Date.Year == b.Date.Year,
        };
    }
}
