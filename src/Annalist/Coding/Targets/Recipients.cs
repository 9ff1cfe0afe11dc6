using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Targets;

/// <summary>
/// Whom one reading of a predicate is aimed at, in the order the coder decides it: the reading's target slot or the
/// target cascade (targets.tsv), a town force is aimed at being its place instead (places:force-target), the bare
/// roles that suffer force (of the place's country); then, when all of that named no one, the open actors and roles
/// where targets stand, and last the recipient event-data conventions imply (codes.tsv implied-target).
/// </summary>
internal sealed class Recipients(Participants participants, TargetFinder targetFinder, PlaceAssigner places, OpenActors open, CoderOptions options)
{
    private static CodingRules Rules => CodingRules.Shipped;

    /// <summary>The targets.tsv row that aims an act at the country where it happens (its <see cref="TargetRule.Name"/>).</summary>
    private static readonly string LocatedRow = $"{RulePackReader.TargetsFile}:located";

    /// <summary>The target heads, the recipients they name and why, before the sources are known.</summary>
    public (IReadOnlyList<int> Heads, List<ActorMention> Targets, string Why) Initial(Predicate predicate, EventReading reading, int trigger, EventPlace? place, string placeWhy)
    {
        // A bare role as the object ("sending troops", "deployed police") is what is acted with, not a recipient.
        var defaultTargets = reading.TargetHeads is null ? targetFinder.Find(predicate, reading.Cameo) : TargetChoice.None;
        var targetHeads = reading.TargetHeads ?? defaultTargets.Heads;
        var recipientWhy = reading.TargetHeads is not null ? $"the target slot of {reading.Rule}" : defaultTargets.Heads.Count > 0 ? defaultTargets.Rule : "none";
        var named = participants.Actors(targetHeads);
        var targets = participants.TargetActors(targetHeads, place);
        if (targets.Count == 0 && reading.TargetHeads is not null && trigger == predicate.Trigger)
        {
            // The pattern's target slot named no actor ("promised + aid"): look where targets usually are.
            var fallback = targetFinder.Find(predicate, reading.Cameo);
            targets = participants.TargetActors(fallback.Heads, place);
            recipientWhy = fallback.Rule;
        }

        if (placeWhy.StartsWith(PlaceAssigner.ForceTarget, StringComparison.Ordinal) && targets.Any(t => places.IsTargetedPlace(t.Tokens, place)))
        {
            // "shelled Kharkiv": the town is where the force is used (places:force-target); whom it falls on is implied later.
            targets = targets.Where(t => !places.IsTargetedPlace(t.Tokens, place)).ToList();
        }

        if (place is { HasCountry: true } && predicate.Passive && predicate.Agents.Count == 0 && defaultTargets.Rule == LocatedRow && trigger == predicate.Trigger
            && BareRolesOfPlace(participants.Actors(predicate.Subjects), place) is { Count: > 0 } patients)
        {
            // "Three activists were arrested in Moscow": the passive's subject, a bare role, is whom the act falls on,
            // of the country where it happens; the place names that country, not a second party.
            targets = patients;
            recipientWhy = $"{recipientWhy}: the passive's subject, a bare role of the country of the event's place";
        }

        if (targets.Count == 0 && place is { HasCountry: true } && MentionMerger.IsForce(reading.Cameo) && trigger == predicate.Trigger)
        {
            // "Three soldiers were killed in Baghdad": a bare role that suffers violence is its victim, of the
            // country where it happens.
            targets = BareRolesOfPlace(named, place);
            recipientWhy = $"{recipientWhy}: bare roles that suffer force, of the country of the event's place (codes.tsv: force)";
        }

        return (targetHeads, targets, recipientWhy);
    }

    /// <summary>The bare roles among the mentions (no outlets), each of the country of the event's place.</summary>
    private static List<ActorMention> BareRolesOfPlace(IEnumerable<ActorMention> mentions, EventPlace place) =>
        mentions.Where(t => t.IsBareRole && t.Kind != ActorMention.Media)
            .Select(t => t.InCountry(place.Country, $"country {place.Country} of the event's place"))
            .ToList();

    /// <summary>
    /// Recipients when the rules named none, once the sources are known: a role or an open actor where targets stand
    /// (<see cref="CoderOptions.OpenActors"/>), else the recipient the code implies; null when there is none.
    /// </summary>
    public (List<ActorMention> Targets, string Why)? Fallback(Predicate predicate, EventReading reading, int trigger, EventPlace? place,
        IReadOnlyList<ActorMention> sources, IReadOnlyList<int> sourceHeads, IReadOnlyList<int> targetHeads, bool agentless)
    {
        // The object of a mutual act is what the parties do it with ("swapped prisoners of war", "will share
        // intelligence", no spy agency), its partner only the one a target row names ("clashed with police"); coordinated
        // parties do it with each other ("Zembla and Ruritania swapped prisoners"), a mutual act of codes.tsv too.
        var mutual = (reading.Symmetric || reading.ReverseCameo is { } back && back == reading.Cameo || Rules.Has(reading.Cameo, CodeProperty.Mutual))
            && !ReadingEvents.Directed(reading);
        if (mutual && targetHeads.Count == 0 && sources.Count > 1)
        {
            return null;
        }

        // "praised the army": armed forces an act of words is said to or of are parties, not what it is done with.
        var speaksTo = Rules.Has(reading.Cameo, CodeProperty.SpeaksTo);

        // "police detained three soldiers": coercion falls on the forces it names, of the country its phrase, the place or
        // the article gives them; force too ("rebels ambushed soldiers"), where nothing gives them one (below).
        var coerced = Rules.Has(reading.Cameo, CodeProperty.FallsOn);
        var roleHeads = new List<int>();
        if (options.OpenActors && !reading.OneSided && !agentless)
        {
            // A facility someone is in, which the located row may take ("sentenced to five years in prison"), is no target
            // (the other heads are no facility after in: objects, and phrases after target prepositions).
            var rowHeads = targetHeads.Where(h => !participants.IsFacilityStay(h)).ToList();
            var openHeads = rowHeads.Count > 0 ? rowHeads : targetFinder.OpenCandidates(predicate, trigger);
            openHeads = openHeads.Where(h => !sourceHeads.Contains(h)).ToList();
            roleHeads = openHeads.Where(h => !open.IsName(h)).ToList();
            var roles = participants.RoleTargets(roleHeads, sources, place, reading.Cameo, victims: coerced, addressees: speaksTo);
            if (roles.Count > 0)
            {
                return (roles, "a role among the targets, of the country of its phrase, the place or the article (open actors)");
            }

            var opened = openHeads.Select(open.Of).OfType<ActorMention>().Where(t => !sources.Any(s => Participants.SameActor(s, t))).ToList();
            if (opened.Count > 0)
            {
                return (opened, "an open actor");
            }
        }

        // A code that needs a recipient needs a named one ("executed a search warrant" kills no one in the police's country).
        if (options.ImplyDomesticTargets && !reading.Symmetric && !reading.OneSided && !Rules.Has(reading.Cameo, CodeProperty.NeedsRecipient)
            && participants.ImpliedTarget(reading.Cameo, sources, place, trigger) is { } implied)
        {
            var row = Rules.RuleOf(reading.Cameo, CodeProperty.ImpliedTarget)?.Row;

            // "Kenyan police arrested five lawyers": the lawyers are the target, of the country the code implies, where
            // neither the place nor the article gave them one.
            var placed = implied.Country.Length > 0 ? participants.RoleTargets(roleHeads, sources, place, reading.Cameo, implied.Country, victims: coerced) : [];
            return placed.Count > 0
                ? (placed, $"a role among the targets, of the country {implied.Country} the code implies (implied-target {row})")
                : ([implied], $"implied-target {row}");
        }

        // "Soldiers killed protesters", "surrendered to the local authorities": where nothing gives a role among
        // the targets a country, it is still whom the act is aimed at, coded by its sector alone as a bare role that
        // leads an event is; not the object of a mutual act (above), unless the act speaks to its object ("met the
        // opposition leader": whom one meets is the partner, where "swapped prisoners" names what is exchanged).
        var bare = mutual && targetHeads.Count == 0 && !speaksTo ? [] : participants.RoleTargets(roleHeads, sources, place, reading.Cameo, countryless: true, victims: coerced || MentionMerger.IsForce(reading.Cameo), addressees: speaksTo);
        return bare.Count > 0 ? (bare, "a role among the targets, of no country the text gives (open actors)") : null;
    }
}
