using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Targets;

/// <summary>
/// Whom an event is aimed at when its reading names no target slot: the first rule of the target cascade
/// (data/coding/targets.tsv) whose conditions hold and that reaches an actor. Pattern rows are matched by
/// <see cref="TargetMatcher"/>; the built-in rows (<see cref="TargetStrategy"/>) are written here.
/// </summary>
internal sealed class TargetFinder
{
    /// <summary>Nouns for what one party puts to another: rejecting or accepting one answers its author.</summary>
    private static readonly WordClass ProposalNouns = CodingRules.Shipped.Words("proposal-nouns");

    private static readonly WordClass AuthoredNouns = CodingRules.Shipped.Words("authored-nouns");

    private static readonly WordClass ComplementTargetVerbs = CodingRules.Shipped.Words("complement-target-verbs");

    private static readonly string[] DefaultTargetPrepositions = [.. CodingRules.Shipped.Preference("target-prepositions")];

    /// <summary>What an event noun's target phrase may begin with ("an investigation into", "sanctions on", "the extradition of").</summary>
    private static readonly WordClass TargetPrepositions = CodingRules.Shipped.Words("noun-target-prepositions");

    /// <summary>
    /// Prepositions by which a noun names whom it is aimed at ("a protest against", "strikes against"); "on", "to" and
    /// "with" often name a topic or a partner instead ("a deal on the border", "changes to the deal").
    /// </summary>
    private static readonly WordClass AimingPrepositions = CodingRules.Shipped.Words("aiming-prepositions");

    private static CodingRules Rules => CodingRules.Shipped;

    private readonly SentenceTree tree;
    private readonly Dictionary<int, Predicate> byTrigger;
    private readonly Participants participants;
    private readonly TargetMatcher matcher;
    private readonly OpenActors open;

    public TargetFinder(SentenceTree tree, Dictionary<int, Predicate> byTrigger, Participants participants, ArgumentResolver resolver, OpenActors open)
    {
        this.tree = tree;
        this.byTrigger = byTrigger;
        this.participants = participants;
        this.open = open;
        matcher = new TargetMatcher(tree, byTrigger, participants.Actors, resolver.Covering);
    }

    /// <summary>
    /// Whom an event is aimed at when its reading names no target slot: the first rule of the target cascade
    /// (data/coding/targets.tsv) whose conditions hold and that reaches an actor. Pattern rows are matched by
    /// <see cref="TargetMatcher"/>; built-in rows are the strategies below.
    /// </summary>
    public TargetChoice Find(Predicate predicate, CameoCode cameo = default, int depth = 0)
    {
        foreach (var rule in Rules.Targets)
        {
            if (!matcher.Holds(rule, predicate, cameo))
            {
                continue;
            }

            if (rule.Builtin is { } name)
            {
                if (Builtin(name, predicate, cameo, depth) is { Heads.Count: > 0 } found)
                {
                    return found with { Rule = found.Rule.Length > 0 ? $"{rule.Name} > {found.Rule}" : rule.Name };
                }
            }
            else if (matcher.Match(rule, predicate, cameo) is { } heads)
            {
                return new TargetChoice(heads, rule.Name);
            }
        }

        return TargetChoice.None;
    }

    private TargetChoice? Builtin(TargetStrategy strategy, Predicate predicate, CameoCode cameo, int depth) => strategy switch
    {
        // "rejected calls by Kofi Annan", "accepted demands from Shona rebels": answering a proposal answers whoever made it.
        TargetStrategy.ProposalAuthors => Found(AuthorsOfProposal(predicate)),
        TargetStrategy.Objects => Found(Objects(predicate, cameo)),
        TargetStrategy.ForceVictims => Found(Victims(predicate, cameo)),
        TargetStrategy.PurposeAddressee => depth == 0 ? Found(Addressee(predicate)) : null,
        TargetStrategy.Complement => Complement(predicate, cameo, depth),
        TargetStrategy.ThreatCondition => Found(ConditionSubjects(predicate, 0)),
        _ => null,
    };

    private static TargetChoice? Found(IReadOnlyList<int>? heads) => heads is { Count: > 0 } ? new TargetChoice(heads, string.Empty) : null;

    /// <summary>
    /// The objects (the subject of a passive), without the source's own people ("recalled its ambassador from
    /// Kabul": what it acts with): when one is a named actor or outlet ("sued the BBC"), a role its own name restates
    /// ("the blogger Zorblat Quenx"), a named office holder the dictionaries lack ("ordered former president Zorblat
    /// Quenx to appear"), or a name no dictionary has ("forced Apple Inc. to lower its prices for media": Apple, not the
    /// media further down; the caller opens it). A role word the dictionaries lack is no more a target here than a bare
    /// role is ("sent a team of engineers": what is sent), nor, for coordinated parties of a mutual act, a place in the
    /// object's own locative phrase.
    /// </summary>
    private List<int>? Objects(Predicate predicate, CameoCode cameo)
    {
        var targets = OwnTargets(predicate);
        if (Rules.Has(cameo, CodeProperty.Mutual) && participants.Actors(predicate.Sources).Count >= 2 && Actors(targets) is { Count: > 0 } inside
            && (inside.All(a => targets.Any(t => tree.Children(t).ToArray().Any(c => PlaceAssigner.IsLocativeModifier(tree, c) && tree.Subtree(c).Contains(a.Tokens))))
                || matcher.OnlyBrokers(targets)))
        {
            // "Iran and Saudi Arabia held talks in Baghdad": coordinated parties of a mutual act do it with each other;
            // the place of what they held says where, not with whom, and whoever brokered it ("signed a deal brokered by
            // Ethiopia") is no party to it.
            return null;
        }

        if (matcher.OnlyBrokers(targets, brokeringOnly: true))
        {
            // "Kenya accepted a peace deal mediated by Qatar": whoever brokered what is acted on is no party to the act.
            return null;
        }

        var aimed = targets.Where(t => !participants.NamesParty(t))
            .SelectMany(t => tree.Children(t).ToArray().Where(c => tree.IsBase(c, "nmod") && AimingPrepositions.Contains(tree.CaseMarker(c)) && Actors([c]).Count > 0))
            .ToList();
        if (aimed.Count > 0)
        {
            // "Students held a demonstration against the military junta in Yangon": an object that is no party but is
            // aimed at one through a phrase of its own is aimed at whom that phrase names, not at a name further down
            // the object's phrase (the place where it was held). A bare role there is left to the object-nouns row.
            targets = aimed;
        }

        return Actors(targets).Any(a => !a.IsBareRole || a.Kind == ActorMention.Person || participants.IsNamed(a)) || targets.Any(open.IsOpenName) || targets.Any(t => participants.NamedOutlet(t) is not null) ? targets : null;
    }

    /// <summary>
    /// Where an open actor may stand as the recipient when no rule reached a dictionary actor: the predicate's own
    /// objects (not the source's own things), then its first oblique of a target preposition (preferences.tsv
    /// target-prepositions) that has one, then for a verb of demanding or warning the subject of its that-clause.
    /// </summary>
    public List<int> OpenCandidates(Predicate predicate, int trigger)
    {
        // An event noun, as the trigger or the object ("launched an investigation into the company", "imposed
        // sanctions on 28 officials"): its own target phrase comes first, then the objects themselves.
        var nouns = trigger != predicate.Trigger ? [trigger] : OwnTargets(predicate);
        var heads = new List<int>();
        foreach (var noun in nouns)
        {
            var proposal = ProposalNouns.Contains(tree.Lemma(noun));
            foreach (var child in tree.Children(noun))
            {
                // "rejected an appeal by the Quenx Foundation": whoever made a proposal, request or offer answered is
                // its target (the proposal-authors row takes named authors; a role or an open actor stands here).
                // "criticized the commission's decision", "welcomed the council's attempt": an act aimed at what someone
                // decided, said or proposed is aimed at its author, as at a named possessor ("welcomed Germany's
                // decision"); not at a pronoun, nor at the owner of other things ("clear the nation's backlog").
                if ((tree.IsBase(child, "nmod") && TargetPrepositions.Contains(tree.CaseMarker(child))) || (proposal && IsAuthorPhrase(child))
                    || (tree.Relation(child) == "nmod:poss" && tree.Upos(child) != "PRON" && (proposal || AuthoredNouns.Contains(tree.Lemma(noun)))))
                {
                    heads.Add(child);
                }
            }
        }

        if (trigger != predicate.Trigger)
        {
            // "An offensive on the rebel stronghold displaced 50,000 people": a nominal event's parties are in its own
            // phrase; what the clause it stands in acts on (the people displaced) is no target of it.
            return heads;
        }

        // "gave Zorblat Quenx a medal", "awarded the Warmbiers $500 million": whom something is given to, before what.
        heads.AddRange(predicate.IndirectObjects);
        heads.AddRange(OwnTargets(predicate).Where(h => h != trigger));
        if (heads.Count > 0)
        {
            return heads;
        }

        // "called on his supporters to stage a strike": whoever is to do what is asked is whom the appeal is made to,
        // whatever the preposition (object control reads the complement's subject off the oblique).
        var controllers = tree.Children(predicate.Trigger).ToArray()
            .Where(c => byTrigger.TryGetValue(c, out var inner) && inner.LinkToParent == "xcomp" && inner.SubjectInherited)
            .SelectMany(c => byTrigger[c].Subjects)
            .Where(s => predicate.Obliques.Any(o => o.Head == s))
            .ToList();
        if (controllers.Count > 0)
        {
            return controllers;
        }

        foreach (var preposition in DefaultTargetPrepositions.Where(p => !PlaceAssigner.IsLocativeMarker(p)))
        {
            var obliques = predicate.ObliqueHeads(preposition).Where(h => h != trigger).ToList();
            if (obliques.Count > 0)
            {
                return obliques;
            }
        }

        // "demanded that Zorblat Quenx resign": whom a demand or warning is aimed at is the subject of its that-clause,
        // as the complement-subject row reads a dictionary actor there (the same path, ccomp/subj).
        return ComplementTargetVerbs.Contains(tree.Lemma(predicate.Trigger)) ? matcher.Reach(ComplementSubject, predicate) : [];
    }

    /// <summary>The subject of a predicate's that-clause (targets.tsv path <c>ccomp/subj</c>).</summary>
    private static readonly DependencyPath ComplementSubject = new([new PathStep("ccomp", [], false, []), new PathStep("subj", [], false, [])]);

    private List<int> OwnTargets(Predicate predicate) =>
        predicate.Passive ? [.. predicate.Targets] : predicate.Targets.Where(o => !OwnedBySource(predicate, o)).ToList();

    /// <summary>
    /// "killed three soldiers in Baghdad": bare roles that suffer force are its victims (given the place's country by
    /// the caller), not the city; "fired two artillery shells near a vessel": what is fired is the means, not a victim.
    /// </summary>
    private List<int>? Victims(Predicate predicate, CameoCode cameo)
    {
        var victims = OwnTargets(predicate).Where(t => !Causes.IsMunition(tree, t)).ToList();
        return MentionMerger.IsForce(cameo) && Actors(victims).Any(a => a.IsBareRole && a.Kind != ActorMention.Media) ? victims : null;
    }

    /// <summary>
    /// "summoned Niger's ambassador to complain of inaction", "called in the envoy to protest": an act of words done
    /// for a purpose (codes.tsv: addressed) is addressed to whom its governor acted on, unless it names its own.
    /// </summary>
    private List<int>? Addressee(Predicate predicate)
    {
        if (predicate.SubjectInherited && predicate.Marker == "to" && predicate.LinkToParent is "advcl" or "xcomp"
            && byTrigger.TryGetValue(predicate.Parent, out var governor) && !governor.Passive)
        {
            var addressed = governor.Objects.Where(DenotesActor).ToList();
            if (addressed.Count > 0 && NamedOblique(predicate, DefaultTargetPrepositions) is null)
            {
                return addressed;
            }
        }

        return null;
    }

    /// <summary>
    /// "threatened to cut off electricity to Nakhichevan", "offered to host talks with Seoul": the complement names
    /// the target; "blocked a road to show their disapproval for the United States' policies": so does a protest's purpose.
    /// </summary>
    private TargetChoice? Complement(Predicate predicate, CameoCode cameo, int depth)
    {
        foreach (var complement in tree.Children(predicate.Trigger))
        {
            var purpose = CodingRules.Shipped.Has(cameo, CodeProperty.Protest) && tree.IsBase(complement, "advcl") && tree.HasChildLemma(complement, "mark", "to");
            if (byTrigger.TryGetValue(complement, out var inner) && (inner.LinkToParent == "xcomp" || purpose) && inner.SubjectInherited && depth < 2)
            {
                if (inner.Subjects.Any(s => predicate.Objects.Contains(s) && (participants.NamesParty(s) || open.IsOpenName(s))))
                {
                    // "the court ordered the firm to pay compensation to the victims' families": an order, request or
                    // pressure is aimed at whoever is to act on it, its object; what that one is to do to others is the
                    // complement's own event.
                    return null;
                }

                var choice = Find(inner, cameo, depth + 1);
                if (choice.Heads.Count > 0)
                {
                    return choice;
                }
            }
        }

        return null;
    }

    /// <summary>A by- or from-phrase of a proposal noun: who made it ("a request from the minister", "an offer by Kenya").</summary>
    private bool IsAuthorPhrase(int child) => tree.IsBase(child, "nmod") && tree.CaseMarker(child) is "by" or "from";

    /// <summary>The authors of a proposal the clause answers: its possessor, a national adjective or name on it, "by/from X".</summary>
    private List<int> AuthorsOfProposal(Predicate predicate)
    {
        var proposals = predicate.Objects.Concat(predicate.ObliqueHeads("to")).Where(h => ProposalNouns.Contains(tree.Lemma(h))).ToList();
        var authors = new List<int>();
        foreach (var proposal in proposals)
        {
            foreach (var child in tree.Children(proposal))
            {
                var relation = tree.Relation(child);
                if ((relation is "nmod:poss" or "amod" or "compound" || IsAuthorPhrase(child))
                    && Actors([child]).Any(a => !a.IsBareRole))
                {
                    authors.AddRange(tree.WithConjuncts(child));
                }
            }
        }

        if (proposals.Count > 0 && authors.Count == 0)
        {
            // The by/from-phrase attached to the verb instead of the noun.
            authors.AddRange(predicate.ObliqueHeads("by").Concat(predicate.ObliqueHeads("from")).Where(h => Actors([h]).Any(a => !a.IsBareRole)));
        }

        return authors;
    }

    /// <summary>Subjects of "if/unless" clauses under the predicate or the complement it governs.</summary>
    private List<int> ConditionSubjects(Predicate predicate, int depth)
    {
        var found = new List<int>();
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (!byTrigger.TryGetValue(child, out var clause))
            {
                continue;
            }

            if (tree.Relation(child) == "advcl" && clause.Marker is "if" or "unless" && !clause.SubjectInherited)
            {
                found.AddRange(clause.Sources.Where(h => Actors([h]).Any(a => !a.IsBareRole)));
            }
            else if (clause.LinkToParent == "xcomp" && depth < 2)
            {
                found.AddRange(ConditionSubjects(clause, depth + 1));
            }
        }

        return found;
    }

    /// <summary>Whether an object with a possessive pronoun is the clause's own source's ("its ambassador", "their troops").</summary>
    private bool OwnedBySource(Predicate predicate, int objectHead)
    {
        if (!tree.HasPossessivePronoun(objectHead))
        {
            return false;
        }

        // "met his Omani counterpart" names someone else's official; "its ambassador" the source's own.
        var sources = Actors(predicate.Sources).Select(a => a.Country).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        var owned = Actors([objectHead]);
        return sources.Count > 0 && owned.Count > 0 && owned.All(a => sources.Contains(a.Country));
    }

    /// <summary>The heads of the first of these prepositional phrases of the predicate that names an actor (not a bare role), or null.</summary>
    private List<int>? NamedOblique(Predicate predicate, params string[] prepositions)
    {
        foreach (var preposition in prepositions)
        {
            var heads = predicate.ObliqueHeads(preposition).ToList();
            if (heads.Any(DenotesActor))
            {
                return heads;
            }
        }

        return null;
    }

    private List<ActorMention> Actors(IReadOnlyList<int> heads) => participants.Actors(heads);

    private bool DenotesActor(int head) => participants.DenotesActor(head);
}
