using Annalist.Coding.Actors;
using Annalist.Coding.Rules;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// Merges candidates that are mentions of one event within an article — the headline and the body
/// repeating "the US and South Korea accused Pyongyang" — when actor and recipient codes, CAMEO
/// root and status agree and their dates and places are compatible. The earliest mention is the evidence.
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
        // The first group per (recipient country, CAMEO root), and the echoes each group takes, added once at the
        // end: linear in the number of candidates however long the article.
        var firstGroup = new Dictionary<(string, string), int>();
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i][0].Recipient is { } recipient)
            {
                firstGroup.TryAdd((recipient.Country, groups[i][0].Cameo.RootPrefix), i);
            }
        }

        var echoes = new Dictionary<int, List<EventCandidate>>();
        foreach (var echo in agentless)
        {
            if (echo.Recipient is not { } echoRecipient || !firstGroup.TryGetValue((echoRecipient.Country, echo.Cameo.RootPrefix), out var index))
            {
                // Violence against a named victim by an unnamed doer is still an event ("civilians were killed in a
                // bombing"); the doer takes the country of the event's place, as an unnamed doer in the active does.
                if (IsViolent(echo.Cameo) && echo.Status is EventStatus.Asserted or EventStatus.Alleged)
                {
                    groups.Add([echo with { Actor = ActorMention.UnnamedDoer(new Documents.TokenRange(echo.Trigger, echo.Trigger), echo.Place), Agentless = false }]);
                    if (echo.Recipient is { } recipient)
                    {
                        firstGroup.TryAdd((recipient.Country, echo.Cameo.RootPrefix), groups.Count - 1);
                    }
                }

                continue;
            }

            var first = groups[index][0];
            if (!echoes.TryGetValue(index, out var taken))
            {
                echoes[index] = taken = [];
            }

            taken.Add(echo with { Actor = first.Actor, Recipient = first.Recipient, Cameo = first.Cameo, Status = first.Status, Agentless = false });
        }

        foreach (var (index, taken) in echoes)
        {
            groups[index] = [.. groups[index], .. taken];
        }
    }

    public static List<IReadOnlyList<EventCandidate>> Merge(IReadOnlyList<EventCandidate> candidates)
    {
        // Only groups with the same dyad, CAMEO root and status can take a candidate, so each candidate looks
        // at those alone (in the order they were made, as before), and a group knows its (sentence, trigger)
        // pairs: merging stays linear in the number of candidates on a long article.
        var groups = new List<List<EventCandidate>>();
        var byKey = new Dictionary<(string?, string?, string, EventStatus), List<(List<EventCandidate> Group, HashSet<(int, int)> Seen)>>();
        foreach (var candidate in candidates)
        {
            var key = (candidate.Actor.Code, candidate.Recipient?.Code, candidate.Cameo.RootPrefix, candidate.Status);
            if (!byKey.TryGetValue(key, out var sameKey))
            {
                byKey[key] = sameKey = [];
            }

            var match = sameKey.FindIndex(g => SameEvent(g.Group[0], candidate));
            if (match < 0)
            {
                var group = new List<EventCandidate> { candidate };
                groups.Add(group);
                sameKey.Add((group, [(candidate.Sentence, candidate.Trigger)]));
            }
            else if (sameKey[match].Seen.Add((candidate.Sentence, candidate.Trigger)))
            {
                sameKey[match].Group.Add(candidate);
            }
        }

        return groups.Select(g => (IReadOnlyList<EventCandidate>)g).ToList();
    }

    private static bool SameEvent(EventCandidate a, EventCandidate b) =>
        a.SameDyad(b)
        && a.Cameo.RootPrefix == b.Cameo.RootPrefix
        && a.Status == b.Status
        && CompatibleDates(a, b)
        && EventPlace.Compatible(a.Place, b.Place)
        && (a.Sentence != b.Sentence || a.Cameo == b.Cameo);

    /// <summary>Coercion, assault, fighting and mass violence (CAMEO roots 17–20): events even when the doer is unnamed.</summary>
    public static bool IsViolent(CameoCode cameo) => CodingRules.Shipped.Has(cameo, CodeProperty.Violent);

    /// <summary>Physical force: assault, fight, mass violence (CAMEO 18-20), coercion (17) excluded.</summary>
    public static bool IsForce(CameoCode cameo) => CodingRules.Shipped.Has(cameo, CodeProperty.Force);


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
