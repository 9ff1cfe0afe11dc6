using Annalist.Coding.Rules;
namespace Annalist.Coding.Attribution;

/// <summary>The verbs that frame other events: reporting, accusation, denial, intention, and the modal words that hedge them.</summary>
internal static class FramingVerbs
{
    /// <summary>Neutral reporting: the claimant says it; the event keeps its own status.</summary>
    public static readonly WordClass Reporting = CodingRules.Shipped.Words("reporting");

    /// <summary>Accusation: the framed event is alleged by the accuser.</summary>
    public static readonly WordClass Accusing = CodingRules.Shipped.Words("accusing");

    /// <summary>Denial: the framed event is denied by the speaker.</summary>
    public static readonly WordClass Denying = CodingRules.Shipped.Words("denying");

    /// <summary>Verbs whose complement is the subject's own intended, promised or planned act ("agreed to lift", "vowed to retaliate").</summary>
    public static readonly WordClass Intending = CodingRules.Shipped.Words("intending");

    /// <summary>Verbs whose complement someone else is asked to do ("urged Seoul to send", "called on Russia to withdraw").</summary>
    public static readonly WordClass Requesting = CodingRules.Shipped.Words("requesting");

    /// <summary>Verbs whose complement did not happen ("refused to send", "failed to reach").</summary>
    public static readonly WordClass Negating = CodingRules.Shipped.Words("negating");

    /// <summary>Negating verbs whose complement is a gerund ("stopped protesting"): their to-infinitive is a purpose ("stopped work to protest").</summary>
    public static readonly WordClass NegatingGerund = CodingRules.Shipped.Words("negating-gerund");

    /// <summary>Verbs whose "from" clause is kept from happening ("banned women from attending", "stopped protesters from marching").</summary>
    public static readonly WordClass Preventing = CodingRules.Shipped.Words("preventing");

    /// <summary>Verbs of obligation: their complement is due, not done ("obliges both countries to provide").</summary>
    public static readonly WordClass Obliging = CodingRules.Shipped.Words("obliging");

    /// <summary>Nouns whose clause is a plan or promise, not an act: "a plan to withdraw", "its readiness to talk".</summary>
    public static readonly WordClass IntentionNouns = CodingRules.Shipped.Words("intention-nouns");

    /// <summary>Nouns whose clause others are asked to do: "calls to send weapons", "a demand to withdraw".</summary>
    public static readonly WordClass RequestNouns = CodingRules.Shipped.Words("request-nouns");

    public static readonly WordClass Hypothetical = CodingRules.Shipped.Words("hypothetical");

    public static readonly WordClass Future = CodingRules.Shipped.Words("future");

    /// <summary>Modals of obligation: in someone's reported words about another party they make a demand ("Sudan must return the helicopter").</summary>
    public static readonly WordClass Obligation = CodingRules.Shipped.Words("obligation");

    /// <summary>Verbs that refuse their complement ("refused to deploy", "declined to meet"): a REJECT by the subject.</summary>
    public static readonly WordClass Refusing = CodingRules.Shipped.Words("refusing");

    public static readonly WordClass Negators = CodingRules.Shipped.Words("negators");

    public static readonly WordClass Conditions = CodingRules.Shipped.Words("conditions");

    /// <summary>
    /// Markers of a clause an act waits on ("until Zembla frees the prisoners"): the clause is that act's condition when
    /// the act is not done or yet to be done (<see cref="Modality"/>), and its doer may be the act's recipient (Typing/PairFinder).
    /// </summary>
    public static readonly WordClass AwaitedConditions = CodingRules.Shipped.Words("awaited-conditions");

    public static bool Frames(string lemma) => Reporting.Contains(lemma) || Accusing.Contains(lemma) || Denying.Contains(lemma);
}
