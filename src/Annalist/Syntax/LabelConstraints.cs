using System.Collections.Frozen;

namespace Annalist.Syntax;

/// <summary>
/// What a word's part of speech and spelling rule out as its relation, applied while decoding (UD's own
/// validation rules): <c>aux</c> and <c>aux:pass</c> only on auxiliaries, <c>cop</c> only on forms of
/// "be", <c>punct</c> only on punctuation, and punctuation only as <c>punct</c>; and a day ("Thursday",
/// "today") is never an object. Two more for news attribution: a reporting verb attached across a comma
/// to a clause before it, with no conjunction, marker or wh-word of its own ("and said", "as he said",
/// "who said"), is a parenthetical (<c>parataxis</c>, as in the treebanks), never a conjunct, relative or
/// complement of that clause, so "..., Kim Jong-un said in a speech" is an aside or, as the parser then
/// prefers, the head of what it reports; and ", according to KCNA" qualifies a predicate, not the noun
/// before the comma (12 of 12 such phrases in training). Nor is a reporting verb in the past tense with no
/// subject, marker or wh-word of its own a relative of the name before it ("Kim Jong-un [who was] said").
/// A parenthesis that spells out or gives an acronym ("UN (United Nations)") hangs inside itself or from
/// the phrase it restates, as its apposition (every such parenthesis in the treebanks). An auxiliary the tagger called a verb ("has",
/// "will") still qualifies by its spelling; a verb the tagger got right ("The
/// Palestinians reject proposed changes") can no longer be made an auxiliary by a greedy parse.
/// </summary>
internal sealed class LabelConstraints
{
    private static readonly FrozenSet<ulong> BeForms = Hashes(
        "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m", "ai", "art", "wast");

    private static readonly FrozenSet<ulong> AuxiliaryForms = Hashes(
        "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m", "ai",
        "have", "has", "had", "having", "'ve", "'d", "ve", "d", "do", "does", "did", "will", "would", "'ll", "ll", "wo",
        "shall", "should", "can", "could", "ca", "may", "might", "must", "ought", "get", "gets", "got", "gotten", "getting",
        "need", "dare", "wil", "shal", "cud", "wud", "shud", "kin", "to");

    /// <summary>Days and deictic day words: when they follow a verb they say when, not what ("rejected Thursday a U.N. appeal").</summary>
    private static readonly FrozenSet<ulong> DayWords = Hashes(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

    /// <summary>The relativizers of a sentential relative clause ("..., which ...", "..., where ...").</summary>
    private static readonly FrozenSet<ulong> WhWords = Hashes(
        "which", "who", "whom", "whose", "where", "when", "whereby", "wherein", "whereupon", "why");

    private static readonly ulong Comma = FeatureHash.Text(",");

    private static readonly ulong According = FeatureHash.Text("according");

    private readonly int aux;
    private readonly int mark;
    private readonly int parataxis;
    private readonly int acl;
    private readonly int appos;
    private readonly int aclRelcl;
    private readonly int nsubj;
    private readonly int nsubjPass;
    private readonly int cc;
    private readonly int obj;
    private readonly int iobj;
    private readonly int auxPass;
    private readonly int cop;
    private readonly int punct;
    private readonly int root;
    private readonly bool[] auxClass;
    private readonly bool[] punctClass;
    private readonly bool[] nominalClass;
    private readonly bool[] verbalClass;
    private readonly bool[] pastClass;

    /// <param name="labels">The parser's relations.</param>
    /// <param name="classUpos">The UPOS of each tag class of the tagger.</param>
    /// <param name="classXpos">The Penn tag of each tag class of the tagger.</param>
    public LabelConstraints(SymbolTable labels, IReadOnlyList<string> classUpos, IReadOnlyList<string> classXpos)
    {
        aux = labels.IdOf("aux");
        auxPass = labels.IdOf("aux:pass");
        cop = labels.IdOf("cop");
        punct = labels.IdOf("punct");
        root = labels.IdOf("root");
        obj = labels.IdOf("obj");
        iobj = labels.IdOf("iobj");
        cc = labels.IdOf("cc");
        mark = labels.IdOf("mark");
        parataxis = labels.IdOf("parataxis");
        acl = labels.IdOf("acl");
        appos = labels.IdOf("appos");
        aclRelcl = labels.IdOf("acl:relcl");
        nsubj = labels.IdOf("nsubj");
        nsubjPass = labels.IdOf("nsubj:pass");
        pastClass = classXpos.Select(x => x == "VBD").ToArray();
        auxClass = classUpos.Select(u => u == "AUX").ToArray();
        punctClass = classUpos.Select(u => u == "PUNCT").ToArray();
        nominalClass = classUpos.Select(u => u is "NOUN" or "PROPN" or "PRON" or "NUM").ToArray();
        verbalClass = classUpos.Select(u => u is "VERB" or "AUX").ToArray();
    }

    /// <summary>
    /// Whether word <paramref name="word"/> of the loaded, tagged sentence may take relation
    /// <paramref name="label"/> under <paramref name="head"/>, given the dependents it has in
    /// <paramref name="state"/> (all its left ones, as a word leaves the buffer with them).
    /// </summary>
    public bool Allows(SentenceWords words, ArcEagerState state, int word, int head, int label)
    {
        var tag = words.Tags[word];
        var isPunct = tag < punctClass.Length && punctClass[tag];
        if (label == punct)
        {
            return isPunct;
        }

        if (isPunct)
        {
            return label == root;
        }

        if (words.HasRestatements && words.RestatedStart[word] >= 0 && !Restates(words, word, head, label))
        {
            return false;
        }

        if (label == aux || label == auxPass)
        {
            return (tag < auxClass.Length && auxClass[tag]) || AuxiliaryForms.Contains(words.Lower[word]);
        }

        if (label == obj || label == iobj)
        {
            return !DayWords.Contains(words.Lower[word]);
        }

        if (head >= 0 && head < words.Count && nominalClass[words.Tags[head]] && IsAccordingAfterComma(words, state, word))
        {
            return false;
        }

        if (head >= 0 && head < words.Count && nominalClass[words.Tags[head]] && ReachesAcrossAccording(words, state, word, head))
        {
            return false;
        }

        if (label != parataxis && head < word && PosTagger.ReportingForms.Contains(words.Lower[word]) && HasCommaBetween(words, head, word)
            && !HasLeftDependent(state, word, cc, mark) && !HasWhDependent(words, state, word))
        {
            return false;
        }

        if ((label == acl || label == aclRelcl) && head < word && tag < pastClass.Length && pastClass[tag] && PosTagger.ReportingForms.Contains(words.Lower[word])
            && !HasLeftDependent(state, word, nsubj, nsubjPass) && !HasLeftDependent(state, word, mark, mark) && !HasWhDependent(words, state, word))
        {
            return false; // "..., Kim Jong-un said in a speech": a past tense with no subject of its own is no reduced relative of the name
        }

        return label != cop || BeForms.Contains(words.Lower[word]);
    }

    /// <summary>
    /// Whether attaching the word to the source of an "according to" phrase would cross the comma that sets
    /// the phrase off: "North Korea fired shells ..., according to reports" does not make the whole report a
    /// dependent of "reports", nor does "According to company statistics, customers have called ..." make the
    /// main clause one of "statistics". Punctuation and the source's own words are not affected.
    /// </summary>
    private bool ReachesAcrossAccording(SentenceWords words, ArcEagerState state, int word, int head)
    {
        var according = -1;
        for (var j = 0; j < head; j++)
        {
            if (state.Heads[j] == head && words.Lower[j] == According)
            {
                according = j;
                break;
            }
        }

        if (according < 0)
        {
            return false;
        }

        if (word < according)
        {
            return true; // "fired shells ..., according to | reports": nothing before the phrase hangs from its source
        }

        var tag = words.Tags[word];
        return word > head && tag < verbalClass.Length && verbalClass[tag] && HasCommaBetween(words, head, word);
    }

    /// <summary>
    /// A word between parentheses that restate an acronym ("UN (United Nations)") hangs inside them, or
    /// from the phrase restated as its apposition, as every such parenthesis in the treebanks does.
    /// </summary>
    private bool Restates(SentenceWords words, int word, int head, int label)
    {
        var start = words.RestatedStart[word];
        if (head >= 0 && head < words.Count && words.RestatedStart[head] == start && words.RestatedEnd[head] == words.RestatedEnd[word])
        {
            return true; // inside the same parentheses
        }

        return label == appos && head >= start && head <= words.RestatedEnd[word];
    }

    /// <summary>Whether the word has "according" as a left dependent, right after a comma.</summary>
    private static bool IsAccordingAfterComma(SentenceWords words, ArcEagerState state, int word)
    {
        for (var j = 1; j < word; j++)
        {
            if (state.Heads[j] == word && words.Lower[j] == According && words.Lower[j - 1] == Comma)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCommaBetween(SentenceWords words, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (words.Lower[k] == Comma)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLeftDependent(ArcEagerState state, int word, int label, int other)
    {
        for (var j = 0; j < word; j++)
        {
            if (state.Heads[j] == word && (state.Labels[j] == label || state.Labels[j] == other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWhDependent(SentenceWords words, ArcEagerState state, int word)
    {
        for (var j = 0; j < word; j++)
        {
            if (state.Heads[j] == word && WhWords.Contains(words.Lower[j]))
            {
                return true;
            }

            // "..., in which ...": the wh-word hangs from the dependent's dependent.
            var head = state.Heads[j];
            if (head >= 0 && head < word && state.Heads[head] == word && WhWords.Contains(words.Lower[j]))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<ulong> Hashes(params string[] forms) => forms.Select(f => FeatureHash.Text(f)).ToFrozenSet();
}
