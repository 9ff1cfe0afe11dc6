using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Targets;

/// <summary>
/// Interprets the dependency patterns of targets.tsv on one sentence, in the spirit of spaCy's DependencyMatcher:
/// conditions on the predicate and the event's code, paths from the predicate through the tree, and a test of what
/// the heads reached denote. A path's last step yields one group per token it starts from (and per preference, for
/// an <c>@list</c>); the first group that passes the test is the target. Built-in rows are left to the caller.
/// </summary>
internal sealed class TargetMatcher(
    SentenceTree tree,
    IReadOnlyDictionary<int, Predicate> byTrigger,
    Func<IReadOnlyList<int>, IReadOnlyList<ActorMention>> actors,
    Func<int, ActorMention?> covering)
{
    private static readonly WordClass Amounts = CodingRules.Shipped.Words("amount-nouns");

    private static readonly WordClass TopicPrepositions = CodingRules.Shipped.Words("topic-prepositions");

    private static readonly WordClass Brokering = CodingRules.Shipped.Words("brokering-verbs");

    /// <summary>Whether every condition of the rule holds for this predicate and code.</summary>
    public bool Holds(TargetRule rule, Predicate predicate, CameoCode cameo) =>
        PatternCondition.All(rule.Conditions, predicate, test => test switch
        {
            PatternTest.CodeStarts code => cameo.IsUnder(code.Prefix),
            PatternTest.CodeHas property => CodingRules.Shipped.Has(cameo, property.Property),
            PatternTest.Has has => Groups(has.Path, predicate).Any(g => g.Count > 0),
            _ => false,
        });

    /// <summary>
    /// The heads a pattern rule gives as targets, or null when none of its groups passes its test. For parties acting
    /// together in a mutual act (two actors or more among the subjects, a code of codes.tsv's mutual), a phrase of the
    /// word class topic-prepositions is what the act is about, not a party to it: "Russia and Turkey held talks on Syria"
    /// are talks with each other. Nor is whoever brokered what they agree to, the agent of a participle on the phrase
    /// reached ("Israel and Hamas agreed to a truce mediated by Qatar", "a deal brokered by Egypt"); whoever brokered or
    /// mediated it (word class brokering-verbs) is no target of any act on it ("Sudan's army agreed to a ceasefire brokered
    /// by Saudi Arabia": not an agreement with Saudi Arabia), though its author may be ("rejected a plan drafted by France").
    /// </summary>
    public IReadOnlyList<int>? Match(TargetRule rule, Predicate predicate, CameoCode cameo = default)
    {
        var groups = rule.Paths.Count == 1
            ? Groups(rule.Paths[0], predicate)
            : [rule.Paths.SelectMany(p => Groups(p, predicate).SelectMany(g => g)).ToList()];
        var together = !cameo.IsEmpty && CodingRules.Shipped.Has(cameo, CodeProperty.Mutual)
            && actors(predicate.Sources).Where(a => !a.IsOutlet).DistinctBy(a => a.Code.Length > 0 ? a.Code : a.Name).Count() >= 2;
        if (together && groups.Any(g => g.Any(h => TopicPrepositions.Contains(tree.CaseMarker(h)))))
        {
            groups = groups.Select(g => g.Where(h => !TopicPrepositions.Contains(tree.CaseMarker(h))).ToList()).ToList();
        }

        foreach (var group in groups)
        {
            if (Accepted(rule.Accept, group, predicate) is { Count: > 0 } heads && !(together && (OnlyBrokers(heads) || OnlyPlaces(heads))) && !OnlyBrokers(heads, brokeringOnly: true))
            {
                return heads;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether every actor the heads denote is named in a locative phrase: "Serbia and Kosovo failed to reach an agreement
    /// at talks in Brussels" is no agreement with Brussels, but between the two.
    /// </summary>
    private bool OnlyPlaces(IReadOnlyList<int> heads) => actors(heads) is { Count: > 0 } found && found.All(a => PlaceAssigner.InLocativePhrase(tree, a.Tokens));

    /// <summary>
    /// Whether every actor the heads denote stands in the agent phrase of a participle on a head ("a truce mediated by
    /// Qatar"); with <paramref name="brokeringOnly"/>, of a participle of brokering-verbs.
    /// </summary>
    public bool OnlyBrokers(IReadOnlyList<int> heads, bool brokeringOnly = false)
    {
        var agents = heads.SelectMany(h => tree.Children(h).ToArray().Where(c => tree.IsParticipleWithAgent(c) && (!brokeringOnly || Brokering.Contains(tree.Lemma(c)))))
            .SelectMany(p => tree.Children(p).ToArray().Where(tree.IsAgentPhrase))
            .Select(tree.Subtree).ToList();
        var found = actors(heads);
        return agents.Count > 0 && found.Count > 0 && found.All(a => agents.Any(r => r.Contains(a.Tokens)));
    }

    /// <summary>Every head a path reaches from the predicate, whatever it denotes.</summary>
    public List<int> Reach(DependencyPath path, Predicate predicate) => Groups(path, predicate).SelectMany(g => g).ToList();

    private List<int>? Accepted(TargetAcceptance accept, List<int> group, Predicate predicate) => accept switch
    {
        TargetAcceptance.Named => actors(group).Any(a => !a.IsBareRole) ? group : null,
        TargetAcceptance.Actor => group.Count > 0 && actors(group).Count > 0 ? group : null,
        TargetAcceptance.OtherActor => OtherThan(actors(predicate.Sources), actors(group)) ? group : null,
        _ => group.Where(h => covering(h) is { IsBareRole: false }).ToList(),
    };

    /// <summary>Whether one of <paramref name="found"/> is none of the predicate's own <paramref name="sources"/>.</summary>
    private static bool OtherThan(IReadOnlyList<ActorMention> sources, IReadOnlyList<ActorMention> found) =>
        found.Any(a => !sources.Any(s => PartyIdentity.SameActor(s, a)));

    private List<List<int>> Groups(DependencyPath path, Predicate predicate)
    {
        var groups = First(path.Steps[0], predicate).Select(g => Filter(path.Steps[0], g)).ToList();
        foreach (var step in path.Steps.Skip(1))
        {
            groups = groups.SelectMany(g => g).SelectMany(token => Next(step, token)).Select(g => Filter(step, g)).ToList();
        }

        return groups;
    }

    private IEnumerable<List<int>> First(PathStep step, Predicate predicate)
    {
        switch (step.Relation)
        {
            case "obj":
                return [[.. predicate.Objects]];
            case "iobj":
                return [[.. predicate.IndirectObjects]];
            case "obj-noun":
                // The object, or what an object is of, or in when it is an amount ("$400 million in military aid").
                return [[.. predicate.Objects.Concat(predicate.Objects.SelectMany(o => tree.ChildrenWithBase(o, "nmod")
                    .Where(n => tree.CaseMarker(n) == "of" || (tree.CaseMarker(n) == "in" && IsAmount(o)))))]];
            case "ccomp":
                return [[.. tree.Children(predicate.Trigger).ToArray().Where(c => tree.Relation(c) == "ccomp" && byTrigger.TryGetValue(c, out var inner) && !inner.SubjectInherited)]];
            case "purpose":
                // "fired tear gas to disperse the protesters": a to-clause of the predicate's own subject, what it is done for;
                // "launched a fresh mediation effort to settle the dispute": a to-clause of its object with no subject of its own,
                // what the act the object names is for.
                return [[.. tree.Children(predicate.Trigger).ToArray().Where(c => tree.IsBase(c, "advcl") && byTrigger.TryGetValue(c, out var inner) && inner.SubjectInherited && inner.Marker == "to"),
                    .. predicate.Objects.SelectMany(o => tree.Children(o).ToArray().Where(c => tree.Relation(c) == "acl" && byTrigger.TryGetValue(c, out var inner) && inner.Marker == "to" && (inner.SubjectInherited || inner.Subjects.Count == 0)))]];
            default:
                if (step.Prepositions.Count == 0)
                {
                    return [[.. predicate.Obliques.Select(o => o.Head)]];
                }

                return step.Preferred
                    ? step.Prepositions.Select(p => predicate.ObliqueHeads(p).ToList())
                    : [[.. predicate.Obliques.Where(o => step.Prepositions.Contains(o.Preposition)).Select(o => o.Head)]];
        }
    }

    private IEnumerable<List<int>> Next(PathStep step, int token)
    {
        if (step.Relation == "subj")
        {
            return byTrigger.TryGetValue(token, out var clause) ? [[.. clause.Passive ? clause.Agents : clause.Subjects]] : [];
        }

        if (step.Relation == "obj")
        {
            return byTrigger.TryGetValue(token, out var clause) && !clause.Passive ? [[.. clause.Objects]] : [];
        }

        var nmods = tree.ChildrenWithBase(token, "nmod").ToList();
        return step.Preferred
            ? step.Prepositions.Select(p => nmods.Where(n => tree.CaseMarker(n) == p).ToList())
            : [nmods.Where(n => step.Prepositions.Count == 0 || step.Prepositions.Contains(tree.CaseMarker(n))).ToList()];
    }

    private List<int> Filter(PathStep step, List<int> tokens) =>
        step.Filters.Count == 0 ? tokens : tokens.Where(t => step.Filters.Any(f =>
            (f.Class is not null && f.Class.Contains(tree.Lemma(t))) || (f.Upos is not null && tree.Upos(t) == f.Upos) || (f.NamedCover && covering(t) is { IsBareRole: false }) || (f.AnyCover && covering(t) is not null))).ToList();

    /// <summary>A sum or quantity ("$400 million", "25,000 tons"): what it is in or of names the thing.</summary>
    private bool IsAmount(int head) => tree.Upos(head) is "SYM" or "NUM" || Amounts.Contains(tree.Lemma(head));
}
