using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Constructions;

/// <summary>
/// Interprets the rows of constructions.tsv on one sentence: for each shape, each predicate takes the first row of
/// that shape whose conditions hold and whose slots find their words. What the shapes read is the header of
/// constructions.tsv; the words, relations, markers and codes are the rows'. Claimed statements are
/// <see cref="StatementConstruction"/>.
/// </summary>
internal sealed class ConstructionMatcher(SentenceTree tree, IReadOnlyList<Predicate> predicates, ArgumentResolver resolver, IReadOnlyList<ConstructionRule> rules)
{
    /// <summary>The rows of one shape, in order.</summary>
    public IEnumerable<ConstructionRule> Rules(ConstructionShape shape) => rules.Where(r => r.Shape == shape);

    /// <summary>Whether a row's conditions hold for a predicate (the conditions are on the anchor alone).</summary>
    public static bool Holds(ConstructionRule rule, Predicate predicate) => PatternCondition.All(rule.Conditions, predicate, _ => false);

    /// <summary>
    /// "Sent troops to help the Russians": the sending predicate, the purpose predicate it consumes, the purpose's
    /// objects (the recipients) and the means (the trigger), with the row that matched.
    /// </summary>
    public IEnumerable<(ConstructionRule Rule, Predicate Anchor, Predicate Purpose, IReadOnlyList<int> Recipients, int Means)> ForcesForAPurpose()
    {
        var shapeRules = Rules(ConstructionShape.ForcesForAPurpose).ToList();
        foreach (var anchor in predicates)
        {
            foreach (var rule in shapeRules)
            {
                if (!Holds(rule, anchor))
                {
                    continue;
                }

                var means = anchor.Targets.FirstOrDefault(o => IsMeans(rule.Slots, o), -1);
                if (means < 0)
                {
                    continue;
                }

                var purposeClass = rule.Slots.Class("purpose");
                var links = rule.Slots.List("links");
                var markers = rule.Slots.List("markers");
                foreach (var purpose in predicates)
                {
                    if (purpose.Parent == anchor.Trigger && purpose.LinkToParent is { } link && links.Contains(link) && purpose.Marker is { } marker && markers.Contains(marker)
                        && purposeClass.Contains(purpose.Lemma) && purpose.Objects.Count > 0)
                    {
                        yield return (rule, anchor, purpose, purpose.Objects, means);
                    }
                }

                break;
            }
        }
    }

    /// <summary>
    /// "Germany will send two more Patriot air defence systems to Ukraine": the handing predicate, the thing's head
    /// (the trigger) and the recipients (a to-phrase of the verb or of the thing, an indirect object).
    /// </summary>
    public IEnumerable<(ConstructionRule Rule, Predicate Anchor, int Thing, IReadOnlyList<int> Recipients)> Handovers()
    {
        var shapeRules = Rules(ConstructionShape.Handover).ToList();
        foreach (var anchor in predicates)
        {
            foreach (var rule in shapeRules)
            {
                if (Holds(rule, anchor) && Handover(rule, anchor) is { } found)
                {
                    yield return (rule, anchor, found.Thing, found.Recipients);
                    break;
                }
            }
        }
    }

    private (int Thing, IReadOnlyList<int> Recipients)? Handover(ConstructionRule rule, Predicate anchor)
    {
        var to = rule.Slots.Word("to");

        // "hundreds of drones": the thing may be what a quantity is of.
        foreach (var thing in anchor.Objects.Concat(anchor.Objects.SelectMany(o => tree.ChildrenWithBase(o, "nmod").Where(n => tree.CaseMarker(n) == "of"))))
        {
            if (!IsThing(rule.Slots, thing))
            {
                continue;
            }

            var recipients = anchor.ObliqueHeads(to)
                .Concat(anchor.IndirectObjects)
                .Concat(tree.ChildrenWithBase(thing, "nmod").Where(n => tree.CaseMarker(n) == to))
                .ToList();
            if (recipients.Count > 0)
            {
                return (thing, recipients);
            }
        }

        return null;
    }

    /// <summary>A thing by itself ("missiles"), or a general noun a modifier makes one ("air defence systems").</summary>
    private bool IsThing(ConstructionSlots slots, int head)
    {
        var lemma = tree.Lemma(head);
        if (slots.Class("things").Contains(lemma))
        {
            return true;
        }

        var modifiers = slots.Class("modifiers");
        return slots.Class("general").Contains(lemma)
            && tree.Children(head).ToArray().Any(c => tree.Relation(c) is "compound" or "amod" && modifiers.Contains(tree.Lemma(c)));
    }

    /// <summary>The means of a dispatch: its lemma or form is in the class, or (sector=SECTOR) an actor of that sector covers it.</summary>
    private bool IsMeans(ConstructionSlots slots, int head)
    {
        var means = slots.Class("means");
        return means.Contains(tree.Lemma(head)) || means.Contains(tree.Document.Form(head))
            || slots.List("means").Any(s => s.StartsWith("sector=", StringComparison.Ordinal) && resolver.Covering(head) is { } covering && covering.Sector == s["sector=".Length..]);
    }
}
