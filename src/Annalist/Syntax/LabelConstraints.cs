using System.Collections.Frozen;

namespace Annalist.Syntax;

/// <summary>
/// What a word's part of speech and spelling rule out as its relation, applied while decoding (UD's own
/// validation rules): <c>aux</c> and <c>aux:pass</c> only on auxiliaries, <c>cop</c> only on forms of
/// "be", <c>punct</c> only on punctuation, and punctuation only as <c>punct</c>; and a day ("Thursday",
/// "today") is never an object. An auxiliary the tagger
/// called a verb ("has", "will") still qualifies by its spelling; a verb the tagger got right ("The
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

    private readonly int aux;
    private readonly int obj;
    private readonly int iobj;
    private readonly int auxPass;
    private readonly int cop;
    private readonly int punct;
    private readonly int root;
    private readonly bool[] auxClass;
    private readonly bool[] punctClass;

    /// <param name="labels">The parser's relations.</param>
    /// <param name="classUpos">The UPOS of each tag class of the tagger.</param>
    public LabelConstraints(SymbolTable labels, IReadOnlyList<string> classUpos)
    {
        aux = labels.IdOf("aux");
        auxPass = labels.IdOf("aux:pass");
        cop = labels.IdOf("cop");
        punct = labels.IdOf("punct");
        root = labels.IdOf("root");
        obj = labels.IdOf("obj");
        iobj = labels.IdOf("iobj");
        auxClass = classUpos.Select(u => u == "AUX").ToArray();
        punctClass = classUpos.Select(u => u == "PUNCT").ToArray();
    }

    /// <summary>Whether word <paramref name="word"/> of the loaded, tagged sentence may take relation <paramref name="label"/>.</summary>
    public bool Allows(SentenceWords words, int word, int label)
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

        if (label == aux || label == auxPass)
        {
            return (tag < auxClass.Length && auxClass[tag]) || AuxiliaryForms.Contains(words.Lower[word]);
        }

        if (label == obj || label == iobj)
        {
            return !DayWords.Contains(words.Lower[word]);
        }

        return label != cop || BeForms.Contains(words.Lower[word]);
    }

    private static FrozenSet<ulong> Hashes(params string[] forms) => forms.Select(f => FeatureHash.Text(f)).ToFrozenSet();
}
