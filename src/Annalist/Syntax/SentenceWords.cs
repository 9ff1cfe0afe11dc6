using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Syntax;

/// <summary>
/// Per-sentence scratch space: the hashed spellings of each word (form, lower case, prefixes,
/// suffixes, shape) and, for a model with <see cref="WordClusters"/>, its clusters, computed once per
/// sentence and read by the tagger's and the parser's feature templates. Reused across sentences by
/// one thread; grows but never shrinks.
/// </summary>
internal sealed class SentenceWords
{
    internal const int MaxWordLength = 64;

    /// <summary>Bits of the coarse cluster prefix (16 clusters).</summary>
    public const int CoarseBits = 4;

    /// <summary>Bits of the middle cluster prefix (256 clusters).</summary>
    public const int MiddleBits = 8;

    public int Count { get; private set; }

    /// <summary>Index of the sentence's first token in the document.</summary>
    public int First { get; private set; }

    public ulong[] Form { get; private set; } = new ulong[64];

    public ulong[] Lower { get; private set; } = new ulong[64];

    public ulong[] Prefix1 { get; private set; } = new ulong[64];

    public ulong[] Prefix2 { get; private set; } = new ulong[64];

    public ulong[] Prefix3 { get; private set; } = new ulong[64];

    public ulong[] Suffix1 { get; private set; } = new ulong[64];

    public ulong[] Suffix2 { get; private set; } = new ulong[64];

    public ulong[] Suffix3 { get; private set; } = new ulong[64];

    public ulong[] Suffix4 { get; private set; } = new ulong[64];

    public ulong[] Suffix5 { get; private set; } = new ulong[64];

    public ulong[] Shape { get; private set; } = new ulong[64];

    /// <summary>Whether the cluster arrays were filled (the model has word clusters).</summary>
    public bool HasClusters { get; private set; }

    /// <summary>Hash of each word's cluster cut to <see cref="CoarseBits"/> bits.</summary>
    public ulong[] ClusterCoarse { get; private set; } = new ulong[64];

    /// <summary>Hash of each word's cluster cut to <see cref="MiddleBits"/> bits.</summary>
    public ulong[] ClusterMiddle { get; private set; } = new ulong[64];

    /// <summary>Hash of each word's full cluster path.</summary>
    public ulong[] ClusterFine { get; private set; } = new ulong[64];

    /// <summary>Tag class per word (filled by the tagger or copied from gold annotation).</summary>
    public int[] Tags { get; private set; } = new int[64];

    /// <summary>
    /// For a word between parentheses that spell out an acronym or give one ("UN (United Nations)",
    /// "the International Atomic Energy Agency (IAEA)"), the first word of the phrase outside that they
    /// restate; -1 for every other word. <see cref="RestatedEnd"/> is that phrase's last word.
    /// </summary>
    public int[] RestatedStart { get; private set; } = new int[64];

    /// <summary>The last word of the phrase a parenthesised word restates (see <see cref="RestatedStart"/>).</summary>
    public int[] RestatedEnd { get; private set; } = new int[64];

    /// <summary>Whether some word of the sentence restates an acronym in parentheses.</summary>
    public bool HasRestatements { get; private set; }

    /// <summary>Whether a word of the sentence other than <paramref name="except"/> and <paramref name="alsoExcept"/> has a tag of the class.</summary>
    public bool AnyOtherTagged(bool[] tagClass, int except, int alsoExcept = -1)
    {
        for (var k = 0; k < Count; k++)
        {
            if (k != except && k != alsoExcept && Tags[k] < tagClass.Length && tagClass[Tags[k]])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fills the arrays for a sentence; with <paramref name="clusters"/>, the word clusters too. With
    /// <paramref name="commonWord"/> (whether the treebanks know a word, in lower case, as a common word), a title-cased
    /// sentence (<see cref="TitleCased"/>) is read as it would be written in running text.
    /// </summary>
    public void Load(Document document, TokenRange tokens, WordClusters? clusters = null, WordTest? commonWord = null)
    {
        Ensure(tokens.Count);
        Count = tokens.Count;
        First = tokens.Start;
        HasClusters = clusters is not null;
        Span<char> lower = stackalloc char[MaxWordLength];
        Span<char> shape = stackalloc char[MaxWordLength];
        for (var i = 0; i < Count; i++)
        {
            var form = document.FormSpan(First + i);
            var n = WordShape.Normalize(form, lower);
            var low = lower[..n];
            var s = WordShape.Shape(form, shape);
            Lower[i] = FeatureHash.Text(low);
            Shape[i] = FeatureHash.Text(shape[..s]);
            Form[i] = HashFolded(form, shape);
            Prefix1[i] = FeatureHash.Text(low[..Math.Min(1, n)]);
            Prefix2[i] = FeatureHash.Text(low[..Math.Min(2, n)]);
            Prefix3[i] = FeatureHash.Text(low[..Math.Min(3, n)]);
            Suffix1[i] = FeatureHash.Text(low[Math.Max(0, n - 1)..]);
            Suffix2[i] = FeatureHash.Text(low[Math.Max(0, n - 2)..]);
            Suffix3[i] = FeatureHash.Text(low[Math.Max(0, n - 3)..]);
            Suffix4[i] = FeatureHash.Text(low[Math.Max(0, n - 4)..]);
            Suffix5[i] = FeatureHash.Text(low[Math.Max(0, n - 5)..]);
            if (clusters is not null)
            {
                var cluster = clusters.Assign(low, Lower[i]);
                ClusterCoarse[i] = cluster.Prefix(CoarseBits);
                ClusterMiddle[i] = cluster.Prefix(MiddleBits);
                ClusterFine[i] = cluster.Prefix(clusters.Depth);
            }
        }

        FindRestatements(document);
        LoweredCount = 0;
        if (commonWord is not null && TitleCased(document))
        {
            LowerCommonWords(document, commonWord);
        }
    }

    /// <summary>Whether a word, in lower case, passes a test of the model's lexicon.</summary>
    public delegate bool WordTest(ReadOnlySpan<char> lower);

    /// <summary>The shortest word a title-casing headline capitalises for certain ("to", "of", "and" it may not).</summary>
    private const int TitleWordLength = 4;

    /// <summary>
    /// Whether the sentence is written in title case, as many headlines and feed titles are ("Kenya Lifts Travel Ban to
    /// Somalia After Talks"): after its first word, at least three words of letters of <see cref="TitleWordLength"/> or
    /// more, and every such word capitalised but not all in capitals. In running text such a run of capitals is a name
    /// only when no lower-case word of that length stands beside it.
    /// </summary>
    private bool TitleCased(Document document)
    {
        var words = 0;
        for (var i = 1; i < Count; i++)
        {
            var form = document.FormSpan(First + i);
            if (form.Length < TitleWordLength || !IsLetters(form))
            {
                continue;
            }

            if (!char.IsUpper(form[0]) || IsCapitals(form))
            {
                return false;
            }

            words++;
        }

        return words >= 3;
    }

    /// <summary>
    /// In a title-cased sentence, gives each capitalised word after the first that the treebanks know only as a common word
    /// ("Lifts", "Travel", "After") the form and shape of its lower case, so the tagger and parser read the verb and nouns
    /// they would read in running text rather than one long name. Words the treebanks also saw as names ("Turkey", "Ban")
    /// keep their capital.
    /// </summary>
    private void LowerCommonWords(Document document, WordTest commonWord)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        Span<char> shape = stackalloc char[MaxWordLength];
        for (var i = 1; i < Count; i++)
        {
            var form = document.FormSpan(First + i);
            if (form.Length == 0 || form.Length > MaxWordLength || !char.IsUpper(form[0]) || !IsLetters(form) || IsCapitals(form))
            {
                continue;
            }

            var low = lower[..form.Length];
            form.ToLowerInvariant(low);
            if (!commonWord(low))
            {
                continue;
            }

            Shape[i] = FeatureHash.Text(shape[..WordShape.Shape(low, shape)]);
            Form[i] = HashFolded(low, shape);
            Lowered[LoweredCount++] = i;
        }
    }

    /// <summary>How many words of the sentence <see cref="Load"/> read in lower case (title case, see <see cref="TitleCased"/>).</summary>
    public int LoweredCount { get; private set; }

    /// <summary>The indexes of the words read in lower case, the first <see cref="LoweredCount"/> of them.</summary>
    public int[] Lowered { get; private set; } = new int[64];

    /// <summary>
    /// Whether the words read in lower case make the title-cased sentence a headline: one of them is a finite verb, or
    /// an infinitive after "to" with no verb before it ("Kenya Lifts Travel Ban", "Biden to Visit Kyiv"), by
    /// <paramref name="xpos"/> of each word. A line of names ("Posted by Hidden Nook to Hidden Nook") is not, and is read
    /// with its capitals.
    /// </summary>
    public bool LoweredHeadline(Func<int, string> xpos, Document document)
    {
        for (var k = 0; k < LoweredCount; k++)
        {
            var i = Lowered[k];
            var tag = xpos(i);
            if (tag is "VBZ" or "VBP" or "VBD" or "MD"
                || tag == "VB" && i > 0 && document.FormSpan(First + i - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && !VerbBefore(xpos, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool VerbBefore(Func<int, string> xpos, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (xpos(j).StartsWith("VB", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCapitals(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Marks parentheses that restate the phrase before them by its acronym, either way round: the
    /// capitalised words' initials (function words skipped) spell the acronym. In the treebanks such a
    /// parenthesis is an apposition of that phrase.
    /// </summary>
    private void FindRestatements(Document document)
    {
        HasRestatements = false;
        Array.Fill(RestatedStart, -1, 0, Count);
        for (var open = 1; open < Count - 2; open++)
        {
            if (Lower[open] != OpenParenthesis)
            {
                continue;
            }

            var close = open + 2;
            while (close < Count && close - open <= MaxExpansionWords + 1 && Lower[close] != CloseParenthesis)
            {
                close++;
            }

            if (close >= Count || close - open > MaxExpansionWords + 1)
            {
                continue;
            }

            int start, end;
            if (close == open + 2 && IsAcronym(document.FormSpan(First + open + 1)))
            {
                // "the International Atomic Energy Agency (IAEA)"
                end = open - 1;
                start = SpelledStart(document, document.FormSpan(First + open + 1), end);
            }
            else if (IsAcronym(document.FormSpan(First + open - 1)) && SpelledStart(document, document.FormSpan(First + open - 1), close - 1) == open + 1)
            {
                // "UN (United Nations)"
                start = end = open - 1;
            }
            else
            {
                continue;
            }

            if (start < 0)
            {
                continue;
            }

            for (var k = open + 1; k < close; k++)
            {
                RestatedStart[k] = start;
                RestatedEnd[k] = end;
            }

            HasRestatements = true;
        }
    }

    private const int MaxExpansionWords = 8;

    private static readonly ulong OpenParenthesis = FeatureHash.Text("(");

    private static readonly ulong CloseParenthesis = FeatureHash.Text(")");

    private static bool IsAcronym(ReadOnlySpan<char> form) => Acronyms.Is(form, MaxExpansionWords);

    /// <summary>
    /// Walking back from word <paramref name="end"/>, the first word of the run of capitalised words (and the
    /// function words between them) whose initials spell <paramref name="acronym"/>; -1 if they do not.
    /// </summary>
    private int SpelledStart(Document document, ReadOnlySpan<char> acronym, int end)
    {
        var letter = acronym.Length - 1;
        for (var k = end; k >= 0 && k > end - 2 * MaxExpansionWords; k--)
        {
            var form = document.FormSpan(First + k);
            if (form.Length == 0)
            {
                return -1;
            }

            if (char.IsAsciiLetterUpper(form[0]))
            {
                if (form[0] != acronym[letter])
                {
                    return -1;
                }

                if (letter-- == 0)
                {
                    return k;
                }
            }
            else if (!IsFunctionWord(form))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsFunctionWord(ReadOnlySpan<char> form) =>
        form is "of" or "and" or "for" or "the" or "on" or "in" or "at" or "&" or "-";

    private static ulong HashFolded(ReadOnlySpan<char> form, Span<char> buffer)
    {
        var n = Math.Min(form.Length, buffer.Length);
        for (var i = 0; i < n; i++)
        {
            buffer[i] = WordShape.Fold(form[i]);
        }

        return FeatureHash.Text(buffer[..n]);
    }

    private void Ensure(int count)
    {
        if (count <= Form.Length)
        {
            return;
        }

        var size = Math.Max(count, Form.Length * 2);
        Form = new ulong[size];
        Lower = new ulong[size];
        Prefix1 = new ulong[size];
        Prefix2 = new ulong[size];
        Prefix3 = new ulong[size];
        Suffix1 = new ulong[size];
        Suffix2 = new ulong[size];
        Suffix3 = new ulong[size];
        Suffix4 = new ulong[size];
        Suffix5 = new ulong[size];
        Shape = new ulong[size];
        ClusterCoarse = new ulong[size];
        ClusterMiddle = new ulong[size];
        ClusterFine = new ulong[size];
        Tags = new int[size];
        Lowered = new int[size];
        RestatedStart = new int[size];
        RestatedEnd = new int[size];
    }
}
