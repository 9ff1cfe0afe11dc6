using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;

namespace Annalist.Coding.Clauses;

/// <summary>
/// Which subject a clause without its own inherits from the clause that governs it: an object-control verb's
/// object ("urged Iran to release"), the accused of "accused Y of V-ing", the governor's subject otherwise, and
/// when a complement was attached to the wrong verb or its slot is already filled.
/// </summary>
internal static class SubjectInheritance
{
    private static readonly WordClass ObjectControl = CodingRules.Shipped.Words("object-control");

    /// <summary>Verbs whose object is the subject of an "of/for V-ing" complement: accuse Y of V-ing, blame Y for V-ing.</summary>
    private static readonly WordClass ObjectIsAgentOfComplement = CodingRules.Shipped.Words("object-is-agent-of-complement");

    internal static IEnumerable<int> InheritedSubjects(SentenceTree tree, int trigger, string link, string marker, Predicate parent)
    {
        switch (link)
        {
            case "acl" or "acl:relcl" or "advcl" when IsExchange(tree, trigger, out var governor) && governor == parent.Trigger:
                // "supplied missiles to North Korea in exchange for sending troops": the recipient sends.
                var recipients = parent.ObliqueHeads("to").Concat(parent.IndirectObjects)
                    .Concat(parent.Objects.SelectMany(o => tree.ChildrenWithBase(o, "nmod").Where(n => tree.CaseMarker(n) == "to")))
                    .ToList();
                return recipients.Count > 0 ? recipients : parent.Objects;
            case "xcomp" when ObjectControl.Contains(parent.Lemma) && parent.Objects.Count > 0:
                return parent.Objects;
            case "xcomp" when ObjectControl.Contains(parent.Lemma) && parent.IndirectObjects.Count > 0:
                return parent.IndirectObjects;
            case "xcomp" when ObjectControl.Contains(parent.Lemma) && parent.ObliqueHeads("on").Any():
                return parent.ObliqueHeads("on"); // "called on Seoul to send weapons"
            case "advcl" or "acl" or "xcomp" when marker is "of" or "for" && ObjectIsAgentOfComplement.Contains(parent.Lemma) && parent.Targets.Count > 0:
                return parent.Targets; // "accused Israel of V-ing" and "Israel was accused by Syria of V-ing": Israel does V
            case "xcomp":
                // "he is prepared to lift the ban", "they were forced to withdraw", "refugees were allowed to return": the
                // complement of a passive is done by its surface subject, as with an active verb.
                return parent.Subjects;
            case "advcl" or "acl" when marker is "from" or "against" && parent.Objects.Count > 0:
                // "banned migrants from claiming asylum", "stopped the troops from entering": whoever is kept from
                // doing something is its doer, not the one keeping them; so is whoever is warned against doing it
                // ("warned Washington against selling weapons to Taiwan").
                return parent.Objects;
            case "advcl" when marker is "because of" or "due to" or "amid" or "owing to":
                // "closed its borders because of fighting between Azerbaijanis and Armenians": a cause is no act of the
                // clause's subject.
                return [];
            case "conj" or "advcl":
                // "missiles were sent to help Russia": a purpose is the agent's when there is one.
                return parent.Passive && link == "advcl" && parent.Agents.Count > 0 ? parent.Agents : parent.Subjects;
            default:
                return [];
        }
    }

    /// <summary>
    /// "ordered the opposition leader arrested", "wanted the prisoners freed": a past participle complement with no
    /// marker, auxiliary or subject of its own, controlled by the governing verb's object, is a passive of that object.
    /// (A complement is never finite, so a simple past tag there is the tagger's misreading of the participle.)
    /// </summary>
    internal static bool IsObjectParticiple(SentenceTree tree, int trigger, string link, Predicate parent) =>
        link == "xcomp" && ObjectControl.Contains(parent.Lemma) && parent.Objects.Count > 0
        && IsBareParticiple(tree, trigger) && tree.Child(trigger, "mark") < 0;

    /// <summary>
    /// "threatened to close the strait if attacked", "vowed to fight back when provoked": a past participle (or a past
    /// form, which cannot stand in a clause with no subject) opened by a conditional or temporal marker (or "when", an
    /// adverb in UD), with no subject or auxiliary of its own, is a reduced passive: the governor's subject undergoes
    /// it, it does not attack anyone.
    /// </summary>
    internal static bool IsReducedPassive(SentenceTree tree, int trigger, string link, string marker) =>
        link == "advcl" && (ReducedPassiveMarkers.Contains(marker) || tree.HasChildLemma(trigger, "advmod", "when", "whenever", "where", "wherever"))
        && IsBareParticiple(tree, trigger);

    /// <summary>A past participle, or a past form the tagger gave one, with no auxiliary of its own.</summary>
    private static bool IsBareParticiple(SentenceTree tree, int trigger) =>
        tree.Document.Xpos(trigger) is "VBN" or "VBD" && tree.Child(trigger, "aux") < 0 && tree.Child(trigger, "aux:pass") < 0;

    private static readonly HashSet<string> ReducedPassiveMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "when", "whenever", "unless", "once", "until", "though", "although", "as", "where", "wherever",
    };

    /// <summary>
    /// "Two journalists were tortured and killed": a past participle conjoined to a passive verb, with no auxiliary or
    /// subject of its own, is passive too; "were arrested and accused the police" (a finite verb) is not.
    /// </summary>
    internal static bool SharesPassive(SentenceTree tree, int conjunct, Predicate parent) =>
        parent.Passive && tree.Document.Xpos(conjunct) == "VBN"
        && tree.Child(conjunct, "aux") < 0 && tree.Child(conjunct, "aux:pass") < 0;

    /// <summary>
    /// "agreed in principle on Saturday to provide aid", "threatened today to impose restrictions": with
    /// phrases between them a greedy parse often makes the infinitive an adverbial clause (purpose) of a
    /// verb whose infinitive is always its complement. Read as UD does, as the verb's xcomp.
    /// </summary>
    internal static bool IsMisattachedComplement(SentenceTree tree, int trigger, int parent, string link, string marker, int ownSubjects) =>
        link == "advcl" && marker == "to" && ownSubjects == 0 && parent >= 0 && parent == tree.Head(trigger)
        && PredicateFinder.TakesInfinitiveComplement(tree.Lemma(parent))
        && !tree.ChildrenWithBase(parent, "xcomp").Any(c => c != trigger)
        && !ComplementSlotFilled(tree, parent, trigger);

    /// <summary>
    /// "agreed to a four-day truce to allow the release of hostages": the verb already has what it agreed to, so the
    /// infinitive after it is the purpose. An object counts only for verbs whose object is not the infinitive's doer.
    /// </summary>
    internal static bool ComplementSlotFilled(SentenceTree tree, int parent, int infinitive)
    {
        foreach (var child in tree.Children(parent))
        {
            if (child >= infinitive)
            {
                break;
            }

            if ((tree.IsBase(child, "obl") && tree.CaseMarker(child) == "to") || (tree.IsBase(child, "obj") && !ObjectControl.Contains(tree.Lemma(parent))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "accused the United States of restoring the blackmail" parsed with "the United States" as the subject
    /// of "restoring": the accused is the verb's object, and still the doer of the complement.
    /// </summary>
    internal static IEnumerable<int> AccusedAsComplementSubject(SentenceTree tree, int trigger)
    {
        foreach (var complement in tree.Children(trigger))
        {
            if (tree.Relation(complement) is not ("advcl" or "acl" or "xcomp") || tree.CaseMarker(complement) is not ("of" or "for") || complement < trigger)
            {
                continue;
            }

            foreach (var subject in tree.ChildrenWithBase(complement, "nsubj"))
            {
                if (subject > trigger && subject < complement && tree.Relation(subject) == "nsubj")
                {
                    return tree.WithConjuncts(subject);
                }
            }
        }

        return [];
    }

    /// <summary>
    /// "in exchange for V-ing" / "in return for V-ing": the clause hangs from the noun exchange/return
    /// (an oblique of the governing verb), or from the verb itself right after that oblique.
    /// </summary>
    internal static bool IsExchange(SentenceTree tree, int trigger, out int governor)
    {
        governor = -1;
        var head = tree.Head(trigger);
        if (head < 0)
        {
            return false;
        }

        if (tree.Lemma(head) is "exchange" or "return")
        {
            governor = tree.Head(head);
            return governor >= 0;
        }

        if (tree.CaseMarker(trigger) != "for")
        {
            return false;
        }

        foreach (var child in tree.Children(head))
        {
            if (tree.Lemma(child) is "exchange" or "return" && tree.CaseMarker(child) == "in" && child < trigger && trigger - child <= 2)
            {
                governor = head;
                return true;
            }
        }

        return false;
    }
}
