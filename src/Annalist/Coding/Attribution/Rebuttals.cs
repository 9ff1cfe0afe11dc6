using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Events;

namespace Annalist.Coding.Attribution;

/// <summary>
/// A rejection or denial of an accusation ("Moscow rejected the accusation", "denied the allegations": CAMEO 12 or 016) answers the
/// article's latest accusation aimed at the rejecter's country: the rejection's recipient is that accuser,
/// and the acts the accuser alleged against the rejecter's side are now denied, with the rejecter among their
/// claimants. The nouns that name an accusation are the word class <c>accusation-nouns</c>; a rejection whose
/// object names whose accusation it is (a recipient already found) is left as the rules coded it.
/// </summary>
internal static class Rebuttals
{
    private static readonly WordClass AccusationNouns = CodingRules.Shipped.Words("accusation-nouns");

    /// <summary>Links this sentence's rejections to the earlier accusations in <paramref name="earlier"/>; returns the sentence's candidates, changed where linked.</summary>
    public static List<EventCandidate> Link(SentenceTree tree, IReadOnlyList<EventCandidate> sentence, List<EventCandidate> earlier)
    {
        var result = new List<EventCandidate>(sentence.Count);
        foreach (var candidate in sentence)
        {
            if (!IsRejectionOfAccusation(tree, candidate) || !candidate.Actor.HasCountry)
            {
                result.Add(candidate);
                continue;
            }

            var accusation = earlier.LastOrDefault(c => IsAccusation(c) && c.Recipient is { HasCountry: true } r && r.Country == candidate.Actor.Country
                && c.Actor.Country != candidate.Actor.Country);
            if (accusation is null)
            {
                result.Add(candidate);
                continue;
            }

            var accuser = accusation.Actor;
            result.Add(candidate with
            {
                Recipient = accuser,
                Explain = candidate.Explain is { } explain ? explain with { Recipient = $"rebuttal: the accuser of the latest accusation against {candidate.Actor.Country} (word-classes.tsv accusation-nouns)" } : null,
            });
            for (var i = 0; i < earlier.Count; i++)
            {
                var alleged = earlier[i];
                if (alleged.Status == EventStatus.Alleged && alleged.Actor.Country == candidate.Actor.Country
                    && alleged.ClaimedBy.Any(c => c.Code == accuser.Code))
                {
                    earlier[i] = alleged with { Status = EventStatus.Denied, ClaimedBy = [.. alleged.ClaimedBy, candidate.Actor] };
                }
            }
        }

        return result;
    }

    private static bool IsAccusation(EventCandidate c) => c.Cameo.IsUnder("11");

    private static bool IsRejectionOfAccusation(SentenceTree tree, EventCandidate c)
    {
        if (c.Recipient is not null || !(c.Cameo.IsUnder("12") || c.Cameo.IsUnder("016") || c.Status == EventStatus.Denied))
        {
            return false;
        }

        var trigger = c.Trigger;
        foreach (var obj in tree.ChildrenWithBase(trigger, "obj"))
        {
            if (AccusationNouns.Contains(tree.Lemma(obj)))
            {
                return true;
            }
        }

        return false;
    }
}
