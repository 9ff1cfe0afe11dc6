using Annalist.Coding.Rules;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Attribution;

/// <summary>
/// A side's own word that it could use force or coercion ("Kremlin spokesman Dmitry Peskov said Russia could
/// retaliate") is a threat (PLOVER THREATEN: a statement of intent to coerce), not a guess about what may happen:
/// the act is read as intended by its actor (the <c>intended</c> rows of derived-codes.tsv turn it into 13x), its
/// status stays hypothetical. The same words from anyone else ("analysts said Russia could retaliate") stay a
/// hypothetical act: only a claimant of the actor's own country speaks for it.
/// </summary>
public static class OwnSideWarnings
{
    /// <summary>The claim with the act read as the actor's own intent when it is such a warning, else the claim unchanged.</summary>
    public static ClaimContext Apply(ClaimContext claim, CameoCode cameo, IReadOnlyList<ActorMention> sources)
    {
        if (claim.Status != EventStatus.Hypothetical || claim.Intention != Intention.None || !CodingRules.Shipped.Has(cameo, CodeProperty.Violent))
        {
            return claim;
        }

        var speaksForActor = claim.ClaimedBy.Any(c => !c.IsOutlet && c.HasCountry && sources.Any(s => s.Country == c.Country));
        return speaksForActor ? claim with { Intention = Intention.Own } : claim;
    }
}
