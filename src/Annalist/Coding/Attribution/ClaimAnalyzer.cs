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
    private readonly Modality modality;

    /// <param name="resolve">Maps an argument head token to the actor mentions it denotes (coordination expanded).</param>
    public ClaimAnalyzer(SentenceTree tree, IEnumerable<Predicate> predicates, Func<int, IReadOnlyList<ActorMention>> resolve)
    {
        this.tree = tree;
        this.predicates = predicates.ToDictionary(p => p.Trigger);
        this.resolve = resolve;
        modality = new Modality(tree);
    }

    public ClaimContext Analyze(Predicate predicate)
    {
        var status = modality.OwnStatus(predicate);
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

            // "accused the United Arab Emirates of arming the RSF": the parse may hang the of-clause from the accused.
            var parent = current.Parent >= 0 && predicates.TryGetValue(current.Parent, out var governing) ? governing : AccuserOf(current);
            if (parent is null)
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
                (status, intention) = modality.InheritedModality(parent, current, link);
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
        if (framing >= 0 && status == EventStatus.Hypothetical && modality.HasAux(predicate, "would") && !modality.HasConditionClause(predicate))
        {
            (status, intention) = (EventStatus.Intended, Intention.Own);
        }
        else if (status == EventStatus.Conditional && (modality.HasAux(predicate, "will") || modality.HasAux(predicate, "would") || modality.HasAux(predicate, "'ll")))
        {
            intention = Intention.Own;
        }

        // "Sudan must return the helicopter, Russia said": the speaker demands it of the subject.
        if (modality.HasObligationModal(predicate) && claimedBy.Count > 0 && status is EventStatus.Asserted or EventStatus.Intended or EventStatus.Alleged)
        {
            (status, intention) = (EventStatus.Intended, Intention.Demanded);
        }

        // "will not accept", "won't meet": the actor's own refusal.
        if (status == EventStatus.Negated && intention == Intention.None && modality.IsFutureNegation(predicate))
        {
            intention = Intention.Refused;
        }

        return new ClaimContext(status, Distinct(claimedBy), Distinct(reportedBy), framing)
        {
            Intention = status is EventStatus.Intended or EventStatus.Negated or EventStatus.Conditional ? intention : Intention.None,
        };
    }

    /// <summary>
    /// The accusing predicate whose object an of-clause hangs from ("accused the United Arab Emirates [obj] of arming
    /// [acl of Emirates] the RSF"), or null: the clause is what the accusation alleges, as when it hangs from the verb.
    /// </summary>
    private Predicate? AccuserOf(Predicate clause) =>
        clause.LinkToParent == "acl" && clause.Marker == "of" && clause.Parent >= 0 && tree.IsBase(clause.Parent, "obj")
        && predicates.TryGetValue(tree.Head(clause.Parent), out var accuser) && FramingVerbs.Accusing.Contains(accuser.Lemma)
            ? accuser
            : null;

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
            if (modality.OwnStatus(frame) == EventStatus.Negated && FramingVerbs.Frames(frame.Lemma))
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

    /// <summary>Negation, hedges, futures and conditions on the predicate itself (<see cref="Modality.OwnStatus"/>).</summary>
    public EventStatus OwnStatus(Predicate predicate) => modality.OwnStatus(predicate);

    private static List<ActorMention> Distinct(List<ActorMention> mentions) =>
        mentions.DistinctBy(m => (m.Tokens, m.Code)).ToList();
}
