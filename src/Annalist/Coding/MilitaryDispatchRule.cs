using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding;

/// <summary>
/// "Sending troops to help the Russians", "deployed soldiers to support Moscow": dispatching armed
/// forces for someone is military aid to them (CAMEO 072 → PLOVER AID, military), not the verbal
/// support or generic help the purpose verb alone would code; offering them promises it (0332 → AGREE).
/// The purpose clause is consumed.
/// </summary>
internal static class MilitaryDispatchRule
{
    private static readonly WordClass Equipment = CodingRules.Shipped.Words("equipment-nouns");

    public const string RuleId = "annalist:military-dispatch";

    public const string WeaponsRuleId = "annalist:weapons-delivery";

    private static readonly WordClass Dispatch = CodingRules.Shipped.Words("dispatch");

    private static readonly WordClass Helping = CodingRules.Shipped.Words("helping");

    private static readonly WordClass ForceNouns = CodingRules.Shipped.Words("force-nouns");

    /// <summary>The dispatching predicate, the purpose predicate it consumes, and the purpose's beneficiaries.</summary>
    public static IEnumerable<(Predicate Dispatch, Predicate Purpose, IReadOnlyList<int> Beneficiaries, int Forces)> Find(SentenceTree tree, IReadOnlyList<Predicate> predicates, ArgumentResolver resolver)
    {
        foreach (var dispatch in predicates)
        {
            if (!Dispatch.Contains(dispatch.Lemma))
            {
                continue;
            }

            var forces = dispatch.Targets.FirstOrDefault(o => IsForce(tree, resolver, o), -1);
            if (forces < 0)
            {
                continue;
            }

            foreach (var purpose in predicates)
            {
                if (purpose.Parent == dispatch.Trigger && purpose.LinkToParent is "advcl" or "xcomp" && purpose.Marker is "to" or "in order to"
                    && Helping.Contains(purpose.Lemma) && purpose.Objects.Count > 0)
                {
                    yield return (dispatch, purpose, purpose.Objects, forces);
                }
            }
        }
    }

    /// <summary>Verbs that hand weapons over ("sent air defence systems to Ukraine"); selling is trade, not aid.</summary>
    private static readonly WordClass Delivering = CodingRules.Shipped.Words("delivering");

    /// <summary>Weapons and military equipment.</summary>
    private static readonly WordClass WeaponNouns = CodingRules.Shipped.Words("weapon-nouns");

    /// <summary>Words that make "system" or "equipment" military ("air defence systems", "military equipment").</summary>
    private static readonly WordClass MilitaryModifiers = CodingRules.Shipped.Words("military-modifiers");

    /// <summary>
    /// "Germany will send two more Patriot air defence systems to Ukraine": handing weapons to someone is military
    /// aid (072), whatever the verb block's patterns know of the weapon's name. The delivering predicate, the weapons'
    /// head and the recipients (a to-phrase of the verb or of the weapons).
    /// </summary>
    public static IEnumerable<(Predicate Delivery, int Weapons, IReadOnlyList<int> Recipients)> FindWeaponDeliveries(SentenceTree tree, IReadOnlyList<Predicate> predicates)
    {
        foreach (var delivery in predicates)
        {
            if (!Delivering.Contains(delivery.Lemma) || delivery.Passive)
            {
                continue;
            }

            // "hundreds of drones": the weapons may be what a quantity is of.
            foreach (var weapons in delivery.Objects.Concat(delivery.Objects.SelectMany(o => tree.ChildrenWithBase(o, "nmod").Where(n => tree.CaseMarker(n) == "of"))))
            {
                if (!IsWeapon(tree, weapons))
                {
                    continue;
                }

                var recipients = delivery.ObliqueHeads("to")
                    .Concat(delivery.IndirectObjects)
                    .Concat(tree.ChildrenWithBase(weapons, "nmod").Where(n => tree.CaseMarker(n) == "to"))
                    .ToList();
                if (recipients.Count > 0)
                {
                    yield return (delivery, weapons, recipients);
                    break;
                }
            }
        }
    }

    private static bool IsWeapon(SentenceTree tree, int head)
    {
        var lemma = tree.Lemma(head);
        if (WeaponNouns.Contains(lemma))
        {
            return true;
        }

        return Equipment.Contains(lemma)
            && tree.Children(head).ToArray().Any(c => tree.Relation(c) is "compound" or "amod" && MilitaryModifiers.Contains(tree.Lemma(c)));
    }

    private static bool IsForce(SentenceTree tree, ArgumentResolver resolver, int head) =>
        ForceNouns.Contains(tree.Lemma(head)) || ForceNouns.Contains(tree.Document.Form(head))
        || resolver.Covering(head) is { Sector: "MIL" };
}
