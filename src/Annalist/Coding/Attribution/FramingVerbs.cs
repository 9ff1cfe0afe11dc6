namespace Annalist.Coding.Attribution;

/// <summary>The verbs that frame other events: reporting, accusation, denial, intention, and the modal words that hedge them.</summary>
internal static class FramingVerbs
{
    /// <summary>Neutral reporting: the claimant says it; the event keeps its own status.</summary>
    public static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "announce", "state", "report", "add", "note", "confirm", "declare", "write", "explain", "stress", "insist",
        "reveal", "disclose", "acknowledge", "admit", "tweet", "post", "quote", "cite", "indicate", "show", "detect", "find",
        "observe", "conclude", "testify", "inform", "brief", "announce", "reiterate", "emphasize", "emphasise", "point", "mention",
        "believe", "think", "estimate", "warn", "predict", "argue", "assert", "maintain", "suggest",
    };

    /// <summary>Accusation: the framed event is alleged by the accuser.</summary>
    public static readonly HashSet<string> Accusing = new(StringComparer.OrdinalIgnoreCase)
    {
        "accuse", "allege", "claim", "charge", "blame", "suspect", "contend", "condemn", "denounce", "criticize", "criticise",
    };

    /// <summary>Denial: the framed event is denied by the speaker.</summary>
    public static readonly HashSet<string> Denying = new(StringComparer.OrdinalIgnoreCase)
    {
        "deny", "refute", "dismiss", "reject", "dispute", "rebut",
    };

    /// <summary>Verbs whose complement is the subject's own intended, promised or planned act ("agreed to lift", "vowed to retaliate").</summary>
    public static readonly HashSet<string> Intending = new(StringComparer.OrdinalIgnoreCase)
    {
        "agree", "decide", "plan", "promise", "pledge", "vow", "offer", "prepare", "aim", "seek", "want", "hope", "intend",
        "expect", "threaten", "propose", "resolve", "undertake", "commit", "consider", "wish", "mean",
        "schedule", "set", "move", "ready", "willing", "determined", "prepared", "poised", "due", "likely", "going", "vote",
    };

    /// <summary>Verbs whose complement someone else is asked to do ("urged Seoul to send", "called on Russia to withdraw").</summary>
    public static readonly HashSet<string> Requesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "ask", "call", "request", "demand", "invite", "encourage", "press", "push", "appeal", "beg", "implore", "pressure", "petition",
        "persuade", "convince", "lobby",
    };

    /// <summary>Verbs whose complement did not happen ("refused to send", "failed to reach").</summary>
    public static readonly HashSet<string> Negating = new(StringComparer.OrdinalIgnoreCase)
    {
        "refuse", "fail", "decline", "avoid", "stop", "cease", "halt", "abandon", "forgo", "resist", "oppose", "reject",
    };

    /// <summary>Verbs of obligation: their complement is due, not done ("obliges both countries to provide").</summary>
    public static readonly HashSet<string> Obliging = new(StringComparer.OrdinalIgnoreCase)
    {
        "oblige", "obligate", "require", "commit", "bind", "force", "compel", "need", "have",
    };

    /// <summary>Nouns whose clause is a plan or promise, not an act: "a plan to withdraw", "its readiness to talk".</summary>
    public static readonly HashSet<string> IntentionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "plan", "promise", "pledge", "threat", "proposal", "decision", "agreement", "effort", "attempt", "bid", "offer", "right",
        "ability", "readiness", "intention", "willingness", "move", "wish", "desire", "determination", "commitment", "obligation",
        "vow", "bill", "resolution", "intent",
    };

    /// <summary>Nouns whose clause others are asked to do: "calls to send weapons", "a demand to withdraw".</summary>
    public static readonly HashSet<string> RequestNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "demand", "request", "plea", "appeal", "pressure", "push", "order", "ultimatum", "invitation", "petition",
    };

    public static readonly HashSet<string> Hypothetical = new(StringComparer.OrdinalIgnoreCase) { "could", "may", "might", "would", "should", "can", "ought" };

    public static readonly HashSet<string> Future = new(StringComparer.OrdinalIgnoreCase) { "will", "shall", "'ll", "wo" };

    /// <summary>Modals of obligation: in someone's reported words about another party they make a demand ("Sudan must return the helicopter").</summary>
    public static readonly HashSet<string> Obligation = new(StringComparer.OrdinalIgnoreCase) { "must", "should", "ought" };

    /// <summary>Verbs that refuse their complement ("refused to deploy", "declined to meet"): a REJECT by the subject.</summary>
    public static readonly HashSet<string> Refusing = new(StringComparer.OrdinalIgnoreCase) { "refuse", "decline", "reject", "renege" };

    public static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase) { "not", "n't", "never", "no", "nt", "neither", "nor" };

    public static readonly HashSet<string> Conditions = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "unless", "in the event of", "in case of", "in case", "provided", "providing", "should", "whether", "in the event that", "on condition that",
    };

    public static bool Frames(string lemma) => Reporting.Contains(lemma) || Accusing.Contains(lemma) || Denying.Contains(lemma);
}
