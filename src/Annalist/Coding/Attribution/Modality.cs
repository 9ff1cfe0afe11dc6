using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Events;

namespace Annalist.Coding.Attribution;

/// <summary>
/// A predicate's own modality, read off its dependents: negation, hedges (could, may), futures, conditions
/// ("if", "in the event of"), obligation modals, and what a governing verb implies for its complement ("agreed
/// to lift": intended; "refused to send": refused; "stopped them from marching": negated; "warned them against selling": hypothetical). The word classes are FramingVerbs' (data/coding).
/// </summary>
internal sealed class Modality(SentenceTree tree)
{
    public bool HasAux(Predicate predicate, string form)
    {
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "aux") && tree.Document.Form(child).Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasConditionClause(Predicate predicate)
    {
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "advcl") && FramingVerbs.Conditions.Contains(tree.CaseMarker(child)))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasObligationModal(Predicate predicate)
    {
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "aux") && FramingVerbs.Obligation.Contains(tree.Document.Form(child)))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsFutureNegation(Predicate predicate)
    {
        var future = false;
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (tree.IsBase(child, "aux") && (FramingVerbs.Future.Contains(tree.Document.Form(child)) || tree.Document.Form(child) is "would" or "can" or "ca" or "could"))
            {
                future = true;
            }
        }

        return future;
    }

    /// <summary>Negation, hedges, futures and conditions on the predicate itself.</summary>
    public EventStatus OwnStatus(Predicate predicate)
    {
        var trigger = predicate.Trigger;
        var negated = false;
        var hypothetical = false;
        var future = false;
        var conditional = false;
        foreach (var child in tree.Children(trigger))
        {
            var lemma = tree.Lemma(child);
            var form = tree.Document.Form(child);
            if (tree.IsBase(child, "advmod") && (FramingVerbs.Negators.Contains(lemma) || FramingVerbs.Negators.Contains(form)))
            {
                negated = true;
            }
            else if (tree.IsBase(child, "aux"))
            {
                hypothetical |= FramingVerbs.Hypothetical.Contains(form) || FramingVerbs.Hypothetical.Contains(lemma);
                future |= FramingVerbs.Future.Contains(form) || FramingVerbs.Future.Contains(lemma);
            }
            else if (tree.IsBase(child, "advcl") && FramingVerbs.Conditions.Contains(tree.CaseMarker(child)))
            {
                conditional = true;
            }
            else if (tree.IsBase(child, "obl") && tree.CaseMarker(child) is "in the event of" or "in case of" or "in the event" || (tree.IsBase(child, "obl") && IsEventOfCondition(child)))
            {
                conditional = true;
            }
        }

        // A clause introduced by "if" is itself only a condition.
        if (predicate.LinkToParent == "advcl" && FramingVerbs.Conditions.Contains(predicate.Marker))
        {
            conditional = true;
        }

        if (negated)
        {
            return EventStatus.Negated;
        }

        if (conditional)
        {
            return EventStatus.Conditional;
        }

        if (hypothetical)
        {
            return EventStatus.Hypothetical;
        }

        return future ? EventStatus.Intended : EventStatus.Asserted;
    }

    /// <summary>"in the event of an attack": the parser attaches "event" with case "in" and an "of" noun below it.</summary>
    private bool IsEventOfCondition(int oblique)
    {
        if (tree.Lemma(oblique) is not ("event" or "case") || tree.CaseMarker(oblique) != "in")
        {
            return false;
        }

        foreach (var child in tree.Children(oblique))
        {
            if (tree.IsBase(child, "nmod") || tree.IsBase(child, "acl"))
            {
                return true;
            }
        }

        return tree.Lemma(oblique) == "event";
    }

    /// <summary>What a governing verb implies for its complement: "agreed to lift" (intended), "refused to send" (negated), "could ... change" (hypothetical).</summary>
    public (EventStatus, Intention) InheritedModality(Predicate parent, Predicate child, string link)
    {
        if (link is "xcomp" or "ccomp" or "advcl" && child.Marker is "to" or "" or "that")
        {
            if (FramingVerbs.Refusing.Contains(parent.Lemma) && link == "xcomp")
            {
                return (EventStatus.Negated, Intention.Refused);
            }

            if (FramingVerbs.Negating.Contains(parent.Lemma) && link == "xcomp" && !(child.Marker == "to" && FramingVerbs.NegatingGerund.Contains(parent.Lemma)))
            {
                return (EventStatus.Negated, Intention.None);
            }

            if (FramingVerbs.Requesting.Contains(parent.Lemma) && link is "xcomp" or "ccomp")
            {
                return (EventStatus.Intended, Intention.Requested);
            }

            if ((FramingVerbs.Obliging.Contains(parent.Lemma) || FramingVerbs.Intending.Contains(parent.Lemma)) && link == "xcomp")
            {
                return (EventStatus.Intended, Intention.Own);
            }
        }

        // "banned women from attending universities", "stopped protesters from marching": kept from happening.
        if (link is "advcl" or "xcomp" && child.Marker == "from" && FramingVerbs.Preventing.Contains(parent.Lemma))
        {
            return (EventStatus.Negated, Intention.None);
        }

        // "warned Washington against selling weapons", "voted against extending the mandate": an act argued against
        // is only possible.
        if (link is "advcl" or "xcomp" && child.Marker == "against")
        {
            return (EventStatus.Hypothetical, Intention.None);
        }

        // "Zembla will keep its embargo until Ruritania frees the prisoners", "the curfew stays until the army withdraws":
        // what an act not done, or yet to be done, waits on (word class awaited-conditions) is its condition, not an act
        // that happened.
        if (link == "advcl" && FramingVerbs.AwaitedConditions.Contains(child.Marker)
            && OwnStatus(parent) is EventStatus.Negated or EventStatus.Intended or EventStatus.Hypothetical or EventStatus.Conditional)
        {
            return (EventStatus.Conditional, Intention.None);
        }

        // Hedges and negation of the governing clause carry down to complements (not to conjoined clauses).
        if (link is "xcomp" or "ccomp")
        {
            var parentStatus = OwnStatus(parent);
            if (parentStatus is EventStatus.Hypothetical or EventStatus.Conditional or EventStatus.Intended)
            {
                return (parentStatus, parentStatus == EventStatus.Intended ? Intention.Own : Intention.None);
            }
        }

        return (EventStatus.Asserted, Intention.None);
    }
}
