using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Attribution;

/// <summary>
/// Decides each predicate's status and attribution from the tree: its own modality (negation,
/// modals, future, conditions, intention and refusal verbs above it) and the frames above or beside
/// it — reporting verbs ("Shin said", "KCNA reported", "according to KCNA", "told SBS"), accusations
/// ("accused Pyongyang of sending": alleged) and denials (denied). Speakers become claimants, outlets
/// become reporters and never actors; outlets of outer frames carry down to inner claims.
/// </summary>
public sealed class ClaimAnalyzer
{
    private readonly SentenceTree tree;
    private readonly Dictionary<int, Predicate> predicates;
    private readonly Func<int, IReadOnlyList<ActorMention>> resolve;

    /// <param name="resolve">Maps an argument head token to the actor mentions it denotes (coordination expanded).</param>
    public ClaimAnalyzer(SentenceTree tree, IEnumerable<Predicate> predicates, Func<int, IReadOnlyList<ActorMention>> resolve)
    {
        this.tree = tree;
        this.predicates = predicates.ToDictionary(p => p.Trigger);
        this.resolve = resolve;
    }

    public ClaimContext Analyze(Predicate predicate)
    {
        var status = OwnStatus(predicate);
        var intention = status == EventStatus.Intended ? Intention.Own : Intention.None;
        if (status == EventStatus.Asserted && predicate.LinkToParent is "acl" && tree.Head(predicate.Trigger) is var noun and >= 0)
        {
            // "resisted calls to send weapons": the sending is only asked for; "a plan to withdraw": only planned.
            if (FramingVerbs.RequestNouns.Contains(tree.Lemma(noun)))
            {
                (status, intention) = (EventStatus.Intended, Intention.Requested);
            }
            else if (FramingVerbs.IntentionNouns.Contains(tree.Lemma(noun)))
            {
                (status, intention) = (EventStatus.Intended, Intention.Own);
            }
        }
        var claimedBy = new List<ActorMention>();
        var reportedBy = new List<ActorMention>();
        var framing = -1;
        var frameStatus = EventStatus.Asserted;
        var current = predicate;
        var guard = 0;
        while (current is not null && guard++ < 20)
        {
            // Frames beside the clause: "X did Y, Shin said" (parataxis), "according to KCNA".
            foreach (var child in tree.Children(current.Trigger))
            {
                if (child == predicate.Trigger)
                {
                    continue;
                }

                if (tree.Relation(child) is "parataxis" or "advcl" && predicates.TryGetValue(child, out var aside) && FramingVerbs.Frames(aside.Lemma)
                    && (tree.Relation(child) == "parataxis" || tree.CaseMarker(child) is "as"))
                {
                    AddFrame(aside, ref framing, ref frameStatus, claimedBy, reportedBy, first: framing < 0);
                }
                else if (tree.IsBase(child, "obl") && tree.CaseMarker(child) is "according to" or "according")
                {
                    foreach (var mention in resolve(child))
                    {
                        (mention.IsOutlet ? reportedBy : claimedBy).Add(mention);
                    }
                }
            }

            if (current.Parent < 0 || !predicates.TryGetValue(current.Parent, out var parent))
            {
                break;
            }

            var link = current.LinkToParent;
            var framedByParent = FramingVerbs.Accusing.Contains(parent.Lemma)
                ? link is "ccomp" || (link is "advcl" or "acl" or "xcomp" && current.Marker is "of" or "for" or "that")
                : FramingVerbs.Frames(parent.Lemma) && link is "ccomp" or "xcomp" or "parataxis" or "advcl";
            if (framedByParent && !(FramingVerbs.Reporting.Contains(parent.Lemma) && link == "advcl" && current.Marker is not ("that" or "")))
            {
                AddFrame(parent, ref framing, ref frameStatus, claimedBy, reportedBy, first: framing < 0);
            }
            else if (status == EventStatus.Asserted)
            {
                (status, intention) = InheritedModality(parent, current, link);
            }

            current = parent;
        }

        if (framing < 0 && FinalAttribution(predicate) is { } final)
        {
            AddFrame(final, ref framing, ref frameStatus, claimedBy, reportedBy, first: true);
        }

        if (status == EventStatus.Asserted)
        {
            status = frameStatus;
        }

        // Reported speech shifts "will" to "would": "Palestinian leaders said they would boycott all contact" is a
        // future act, not a hypothetical one; and a harmful act promised on a condition ("will withdraw unless") is a threat.
        if (framing >= 0 && status == EventStatus.Hypothetical && HasAux(predicate, "would") && !HasConditionClause(predicate))
        {
            (status, intention) = (EventStatus.Intended, Intention.Own);
        }
        else if (status == EventStatus.Conditional && (HasAux(predicate, "will") || HasAux(predicate, "would") || HasAux(predicate, "'ll")))
        {
            intention = Intention.Own;
        }

        // "Sudan must return the helicopter, Russia said": the speaker demands it of the subject.
        if (HasObligationModal(predicate) && claimedBy.Count > 0 && status is EventStatus.Asserted or EventStatus.Intended or EventStatus.Alleged)
        {
            (status, intention) = (EventStatus.Intended, Intention.Demanded);
        }

        // "will not accept", "won't meet": the actor's own refusal.
        if (status == EventStatus.Negated && intention == Intention.None && IsFutureNegation(predicate))
        {
            intention = Intention.Refused;
        }

        return new ClaimContext(status, Distinct(claimedBy), Distinct(reportedBy), framing)
        {
            Intention = status is EventStatus.Intended or EventStatus.Negated or EventStatus.Conditional ? intention : Intention.None,
        };
    }

    private bool HasAux(Predicate predicate, string form)
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

    private bool HasConditionClause(Predicate predicate)
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

    private bool HasObligationModal(Predicate predicate)
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

    private bool IsFutureNegation(Predicate predicate)
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

    /// <summary>
    /// "..., state news agency KCNA reported on Friday." A reporting clause that closes the sentence after
    /// a comma attributes everything before it, however the parser attached it.
    /// </summary>
    private Predicate? FinalAttribution(Predicate predicate)
    {
        finalAttribution ??= FindFinalAttribution();
        if (finalAttribution is not { } final || final.Trigger == predicate.Trigger || tree.Dominates(final.Trigger, predicate.Trigger))
        {
            return null;
        }

        var start = final.Subjects.Count > 0 ? Math.Min(final.Subjects.Min(s => tree.Subtree(s).Start), final.Trigger) : final.Trigger;
        return predicate.Trigger < start ? final : null;
    }

    private Predicate? finalAttribution;
    private bool finalAttributionSearched;

    private Predicate? FindFinalAttribution()
    {
        if (finalAttributionSearched)
        {
            return null;
        }

        finalAttributionSearched = true;
        foreach (var candidate in predicates.Values.OrderByDescending(p => p.Trigger))
        {
            if (!FramingVerbs.Frames(candidate.Lemma) || candidate.Subjects.Count == 0)
            {
                continue;
            }

            // Everything after the verb belongs to its own clause, and a comma (or closing quote) precedes its subject.
            var subtree = tree.Subtree(candidate.Trigger);
            var end = tree.Sentence.Tokens.End;
            var tailOwned = Enumerable.Range(candidate.Trigger + 1, end - candidate.Trigger - 1).All(t => tree.Dominates(candidate.Trigger, t) || tree.Upos(t) == "PUNCT");
            var subjectStart = Math.Min(candidate.Subjects.Min(s => tree.Subtree(s).Start), candidate.Trigger);

            // The speaker's noun phrase may be longer than the parser's subject ("state news agency KCNA").
            var before = subjectStart - 1;
            while (before > tree.Sentence.Tokens.Start && subjectStart - before <= 6 && tree.Upos(before) is "NOUN" or "PROPN" or "ADJ" or "DET" or "NUM")
            {
                before--;
            }

            if (tailOwned && before > tree.Sentence.Tokens.Start && tree.Document.Form(before) is "," or "\"" or "'" && subtree.End >= end - 1)
            {
                return candidate;
            }

            break;
        }

        return null;
    }

    private void AddFrame(Predicate frame, ref int framing, ref EventStatus frameStatus, List<ActorMention> claimedBy, List<ActorMention> reportedBy, bool first)
    {
        if (first)
        {
            framing = frame.Trigger;
            frameStatus = FramingVerbs.Denying.Contains(frame.Lemma) ? EventStatus.Denied
                : FramingVerbs.Accusing.Contains(frame.Lemma) ? EventStatus.Alleged
                : EventStatus.Asserted;
            if (OwnStatus(frame) == EventStatus.Negated && FramingVerbs.Frames(frame.Lemma))
            {
                frameStatus = EventStatus.Hypothetical; // "did not say that ..." / "did not deny ..."
            }
        }

        // "Israel was accused by Syria of ...": the speaker of a passive frame is its agent; an agentless one
        // ("was reported", "is alleged") names no speaker.
        foreach (var speaker in frame.Sources.SelectMany(resolve))
        {
            // The nearest speaker claims the event; outlets anywhere up the chain reported it.
            if (speaker.IsOutlet)
            {
                reportedBy.Add(speaker);
            }
            else if (first)
            {
                claimedBy.Add(speaker);
            }
        }

        // "told SBS": the addressee is the outlet that carried the claim.
        foreach (var addressee in frame.IndirectObjects.Concat(frame.Objects).Concat(frame.ObliqueHeads("to")).SelectMany(resolve))
        {
            if (addressee.IsOutlet)
            {
                reportedBy.Add(addressee);
            }
        }

        foreach (var oblique in frame.Obliques.Where(o => o.Preposition is "according to" or "according"))
        {
            foreach (var mention in resolve(oblique.Head))
            {
                (mention.IsOutlet ? reportedBy : claimedBy).Add(mention);
            }
        }
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
    private (EventStatus, Intention) InheritedModality(Predicate parent, Predicate child, string link)
    {
        if (link is "xcomp" or "ccomp" or "advcl" && child.Marker is "to" or "" or "that")
        {
            if (FramingVerbs.Refusing.Contains(parent.Lemma) && link == "xcomp")
            {
                return (EventStatus.Negated, Intention.Refused);
            }

            if (FramingVerbs.Negating.Contains(parent.Lemma) && link == "xcomp")
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

    private static List<ActorMention> Distinct(List<ActorMention> mentions) =>
        mentions.DistinctBy(m => (m.Tokens, m.Code)).ToList();
}
