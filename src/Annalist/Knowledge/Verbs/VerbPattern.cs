namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A pattern of a verb block: what must come before the verb (<see cref="Before"/>, the subject side) and
/// after it (<see cref="After"/>: objects and prepositional phrases), and the code it gives. <see cref="Id"/>
/// is stable (<c>CAMEO.2.0:SUPPLY#12</c>: dictionary, block, 1-based position in the block); <see cref="Source"/>
/// is file:line.
/// </summary>
public sealed record VerbPattern(string Id, string Block, VerbCode Code, IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, string Text, string Source, string? Comment)
{
    /// <summary>Particles of phrasal verbs ("- * OFF", "- * UP FORCES"): words of the verb, not phrases or modifiers.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "away", "off", "up", "down", "out", "in", "back", "over", "on" };

    /// <summary>
    /// The words of the comment, which by the dictionaries' convention name the verbs the pattern was
    /// written for ("- * &amp;MILITARY [154] # DEPLOY": DEPLOY; "# SEND , DEPLOY": SEND and DEPLOY).
    /// </summary>
    public IReadOnlyList<string> CommentWords { get; } = SplitComment(Comment);

    /// <summary>
    /// The pattern names no thing, only a bare preposition, a particle or words joined to the verb ("- * (WITH)",
    /// "- * (TO)", "- * OFF", "- *_UPON"), or
    /// was written for a light verb ("- * PART [030] # TAKE"):
    /// it makes an idiom of the verb it was written for ("break with", "break off"), not of its block's
    /// other verbs. Patterns with nouns or synsets ("- * &amp;WEAPON (TO +)") carry over to synonyms.
    /// </summary>
    public bool IsIdiom { get; } = NamesNoThing(Before, After) || SplitComment(Comment).Any(LightVerbs.Contains);

    /// <summary>
    /// Light verbs, whose patterns are idioms ("take part", "make peace", "give way") that a content verb sharing
    /// their block does not have ("captured part of a stronghold"). Verbs like HOLD share their patterns with
    /// close synonyms ("hold/stage a strike") and are not listed.
    /// </summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "take", "make", "give", "have", "get", "put", "do", "go", "come",
    };

    /// <summary>Whether a word is a particle of a phrasal verb ("OFF" in "- * OFF ROW").</summary>
    public static bool IsParticle(string word) => Particles.Contains(word);

    private static string[] SplitComment(string? comment) =>
        comment is { Length: > 0 } ? comment.Split([' ', ',', '\t', '#'], StringSplitOptions.RemoveEmptyEntries) : [];

    public override string ToString() => $"{Id} {Text} [{Code}]";

    private static bool NamesNoThing(IReadOnlyList<PatternElement> before, IReadOnlyList<PatternElement> after)
    {
        var hasAny = false;
        foreach (var element in before.Concat(after))
        {
            switch (element)
            {
                case PrepositionElement { Objects.Count: 0 }:
                case AdjacentElement:
                case NounElement { Modifiers.Count: 0, Head.IsSynset: false } noun when Particles.Contains(noun.Head.Word):
                    hasAny = true;
                    break;
                case SlotElement:
                    break;
                default:
                    return false;
            }
        }

        return hasAny;
    }
}
