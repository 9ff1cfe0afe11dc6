using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// Tidies one sentence's candidates: a framing verb and its complement are one event ("agreed to provide aid",
/// "refused to meet the king"), and an event noun that is the subject of a verb coding the same kind of event
/// ("Israeli airstrikes killed ...") is that event's means, not a second event.
/// </summary>
internal sealed class EventFolding(SentenceTree tree, Dictionary<int, Predicate> byTrigger)
{
    /// <summary>The general intent (030), which yields to the intent or threat of its complement.</summary>
    private static readonly CameoCode Intent = CameoCode.Parse("030");

    /// <summary>
    /// "agreed to provide aid" is one agreement, "refused to meet the king" one refusal, "threatened to impose
    /// restrictions" one threat: the framing verb's general code (030, 120, 130) yields to the specific code its
    /// complement gives under the same root, and the two are one event with the framing verb's trigger, status and
    /// date (the agreeing happened then, whatever becomes of the aid).
    /// </summary>
    public void FoldComplements(List<EventCandidate> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var inner = found[i];
            if (!byTrigger.TryGetValue(inner.Trigger, out var clause) || clause.LinkToParent != "xcomp" || clause.Parent < 0)
            {
                continue;
            }

            var outer = found.FindIndex(c => c.Trigger == clause.Parent && c.SameDyad(inner) && IsGeneralOf(c.Cameo, inner.Cameo));
            if (outer < 0)
            {
                continue;
            }

            found[outer] = found[outer] with
            {
                Cameo = inner.Cameo,
                Rule = $"{found[outer].Rule} + {inner.Rule}",
                Plover = inner.Plover,
                Explain = found[outer].Explain is { } explain ? explain with { Type = $"{explain.Type} + the complement it frames: {inner.Explain?.Type ?? inner.Rule}" } : null,
            };
            found.RemoveAt(i);

            // "prepared to resume shelling": the noun "shelling" inside the complement is the same threat again.
            var complement = tree.Subtree(inner.Trigger);
            found.RemoveAll(c => c.Trigger != clause.Parent && complement.Contains(c.Trigger) && c.Cameo == inner.Cameo && c.SameDyad(inner));
            i = Math.Min(i, found.Count);
        }
    }

    /// <summary>
    /// "Israeli airstrikes killed at least 30 people": an event noun that is the subject of a verb coding an event of
    /// the same kind is that event's means, not a second event.
    /// </summary>
    public void DropSubjectNouns(List<EventCandidate> found)
    {
        var roots = found.Where(c => byTrigger.ContainsKey(c.Trigger)).Select(c => (c.Trigger, Root: c.Cameo.RootPrefix)).ToHashSet();
        found.RemoveAll(c => !byTrigger.ContainsKey(c.Trigger) && tree.IsBase(c.Trigger, "nsubj") && roots.Contains((tree.Head(c.Trigger), c.Cameo.RootPrefix)));
    }

    /// <summary>
    /// "lifted its arms embargo on China", "ended its boycott of Israeli goods": an event noun that a verb's pattern
    /// took into its trigger, when the verb undoes or refuses to undo a measure (codes.tsv: undoes), is what the verb
    /// acts on, not a second event of its own (the embargo was imposed before; lifting it is the news). So is an event
    /// noun an appeal or a demand takes as its object (codes.tsv: asks-for): "requested aid from Japan" gave no aid.
    /// "Condemned Uganda's arrest of the activist" keeps the arrest.
    /// </summary>
    public void DropNounsVerbsActOn(List<EventCandidate> found)
    {
        // Each verb with what of its object it takes: the words its pattern took (undoes), or any object (asks-for).
        var verbs = found.Where(c => byTrigger.ContainsKey(c.Trigger))
            .Select(c => (c.Trigger, c.TriggerTokens, c.Cameo, AsksFor: CodingRules.Shipped.Has(c.Cameo, CodeProperty.AsksFor)))
            .Where(v => v.AsksFor || (v.TriggerTokens.Count > 1 && CodingRules.Shipped.Has(v.Cameo, CodeProperty.Undoes)))
            .ToList();
        if (verbs.Count > 0)
        {
            found.RemoveAll(c => !byTrigger.ContainsKey(c.Trigger) && tree.IsBase(c.Trigger, "obj")
                && verbs.Any(v => v.Trigger == tree.Head(c.Trigger) && (v.AsksFor || v.TriggerTokens.Contains(c.Trigger))));
        }
    }

    /// <summary>
    /// Whether a code is the root's general code ("120") and another a code under the same root ("125", or "120"
    /// again: "threatened to impose tariffs" is one threat); the
    /// general intent (030, "prepared to", "planned to") yields to its complement's intent or threat ("prepared to
    /// resume shelling" is a threat, 1384).
    /// </summary>
    private static bool IsGeneralOf(CameoCode general, CameoCode specific) =>
        general.IsGeneral && specific.IsBelowRoot
        && (specific.IsUnder(general.RootPrefix) || (general == Intent && specific.RootPrefix is "03" or "13"));
}
