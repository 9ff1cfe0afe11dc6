using System.Collections.Frozen;
using Annalist.Syntax.Training;

namespace Annalist.Syntax;

/// <summary>
/// The words the training treebanks tag with each closed part of speech (adpositions, auxiliaries, conjunctions,
/// determiners, particles, pronouns). A closed class admits no new members, so the tagger never gives one to a word
/// the treebanks never tagged with it: "rejected repeated offers of talks" had "offers" tagged as an adposition, and
/// the parse lost the object. Written by <c>annalist train parser</c> (or <c>annalist train closed-classes</c>) as
/// <see cref="SyntaxModel.ClosedClassesFile"/>: one word per line, a tab, its closed classes separated by spaces, and for
/// a word that can open a clause or a prepositional phrase a third column: how often the treebanks make it a
/// subordinator before a noun phrase and a finite verb (<see cref="OpensClause"/>).
/// </summary>
internal sealed class ClosedClassLexicon
{
    /// <summary>The closed UPOS classes (UD's closed classes except NUM, whose members are numerals of any value).</summary>
    public static readonly FrozenSet<string> Closed = new[] { "ADP", "AUX", "CCONJ", "DET", "INTJ", "PART", "PRON", "SCONJ" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<(ulong Word, string Upos)> members;

    private readonly SortedDictionary<string, SortedSet<string>> words;

    private readonly SortedDictionary<string, OpenerCount> openerCounts;

    private readonly FrozenSet<ulong> clauseOpeners;

    /// <summary>
    /// A word opens a clause (<see cref="OpensClause"/>) when the treebanks make it a subordinator in at least this share
    /// of at least <see cref="OpenerMinCount"/> places before a noun phrase and a finite verb: "as" (323 of 347 in EWT and
    /// GUM training), "after" (59 of 73), "since", "before", "until"; "for" (4 of 120) and "in" are prepositions there.
    /// </summary>
    public const double OpenerMinShare = 0.8;

    /// <summary>The fewest such places a word needs before its share counts.</summary>
    public const int OpenerMinCount = 5;

    private ClosedClassLexicon(SortedDictionary<string, SortedSet<string>> words, SortedDictionary<string, OpenerCount> openerCounts, string source)
    {
        this.words = words;
        this.openerCounts = openerCounts;
        Source = source;
        members = words.SelectMany(w => w.Value.Select(upos => (FeatureHash.Text(w.Key), upos))).ToFrozenSet();
        clauseOpeners = openerCounts.Where(o => o.Value.All >= OpenerMinCount && o.Value.Subordinator >= OpenerMinShare * o.Value.All)
            .Select(o => FeatureHash.Text(o.Key)).ToFrozenSet();
    }

    /// <summary>How often a word is a subordinator (SCONJ) among its places before a noun phrase and a finite verb.</summary>
    private readonly record struct OpenerCount(int Subordinator, int All);

    /// <summary>The treebanks the words come from (the file's first comment says so).</summary>
    public string Source { get; }

    /// <summary>Number of (word, class) pairs.</summary>
    public int Count => members.Count;

    /// <summary>Number of words.</summary>
    public int Words => words.Count;

    /// <summary>Whether the treebanks tagged the word (its <see cref="SentenceWords.Lower"/> hash) with the class.</summary>
    public bool Allows(ulong lower, string upos) => members.Contains((lower, upos));

    /// <summary>
    /// Whether the word, before a noun phrase and a finite verb, opens a clause rather than a prepositional phrase
    /// ("killed as Israeli forces shelled the town", "rose after Russia invaded Ukraine"): a tagger reading left to right
    /// sees the noun phrase but not yet the verb, and a preposition there left the verb without its subject.
    /// </summary>
    public bool OpensClause(ulong lower) => clauseOpeners.Contains(lower);

    /// <summary>Number of words that open a clause before a noun phrase and a finite verb.</summary>
    public int ClauseOpeners => clauseOpeners.Count;

    /// <summary>
    /// Whether the words after <paramref name="at"/> are one noun phrase right before a finite verb (past, present or
    /// modal), by their XPOS tags (<see cref="NounPhraseEnd"/>).
    /// </summary>
    public static bool NounPhraseThenFinite(ReadOnlySpan<int> tags, int at, IReadOnlyList<string> xpos)
        => NounPhraseEnd(tags, at, xpos) is var end and >= 0 && end < tags.Length && xpos[tags[end]] is "VBD" or "VBZ" or "VBP" or "MD";

    /// <summary>
    /// The position right after one noun phrase that starts after <paramref name="at"/> (determiners, numbers,
    /// possessives and adjectives, then nouns, names or a pronoun, a possessive "'s" starting the next), or -1 when none
    /// does: "After class we went" is two phrases. <paramref name="tags"/> are the sentence's tag classes,
    /// <paramref name="xpos"/> the XPOS of each class.
    /// </summary>
    public static int NounPhraseEnd(ReadOnlySpan<int> tags, int at, IReadOnlyList<string> xpos)
    {
        var noun = false;
        var k = at + 1;
        for (; k < tags.Length; k++)
        {
            var x = xpos[tags[k]];
            if (x is "NN" or "NNS" or "NNP" or "NNPS" or "PRP")
            {
                noun = true;
            }
            else if (x is "POS" && noun)
            {
                noun = false;
            }
            else if (x is not ("DT" or "JJ" or "JJR" or "JJS" or "CD" or "PRP$") || noun)
            {
                break;
            }
        }

        return noun ? k : -1;
    }

    /// <summary>The closed-class words of gold sentences (their normalised forms, as the tagger reads them).</summary>
    public static ClosedClassLexicon Collect(IEnumerable<GoldSentence> sentences, SymbolTable tags, string source)
    {
        var words = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var openers = new SortedDictionary<string, OpenerCount>(StringComparer.Ordinal);
        var classXpos = Enumerable.Range(0, tags.Count).Select(c => TagClass.Split(tags[c]).Xpos).ToArray();
        Span<char> buffer = stackalloc char[SentenceWords.MaxWordLength];
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var upos = TagClass.Split(tags[sentence.Tags[i]]).Upos;
                if (Closed.Contains(upos))
                {
                    var n = WordShape.Normalize(sentence.Document.FormSpan(sentence.Tokens.Start + i), buffer);
                    var word = buffer[..n].ToString();
                    Add(words, word, upos);
                    if (upos is "ADP" or "SCONJ" && NounPhraseThenFinite(sentence.Tags.AsSpan(0, sentence.Count), i, classXpos))
                    {
                        var count = openers.GetValueOrDefault(word);
                        openers[word] = new OpenerCount(count.Subordinator + (upos == "SCONJ" ? 1 : 0), count.All + 1);
                    }
                }
            }
        }

        return new ClosedClassLexicon(words, openers, source);
    }

    /// <summary>Writes the lexicon's text form: a comment naming its source, then one word per line.</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.Write($"{SourcePrefix}{Source}\n");
        writer.Write("# Word, tab, the closed UPOS classes the treebanks give it; the tagger gives no word a closed class it is not listed with.\n");
        writer.Write($"# A third column \"{OpenerPrefix}N/M\": a subordinator N of the M times the word comes before a noun phrase and a finite verb.\n");
        foreach (var (word, classes) in words)
        {
            var opener = openerCounts.TryGetValue(word, out var count) ? $"\t{OpenerPrefix}{count.Subordinator}/{count.All}" : string.Empty;
            writer.Write($"{word}\t{string.Join(' ', classes)}{opener}\n");
        }
    }

    /// <summary>Reads the text form; throws <see cref="InvalidDataException"/> naming the line of a malformed row.</summary>
    public static ClosedClassLexicon Read(string path)
    {
        var words = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var openers = new SortedDictionary<string, OpenerCount>(StringComparer.Ordinal);
        var source = string.Empty;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith(SourcePrefix, StringComparison.Ordinal))
            {
                source = line[SourcePrefix.Length..];
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidDataException($"{path}:{number}: expected a word, a tab and its classes");
            }

            var columns = line[(tab + 1)..].Split('\t');
            var opener = columns.Length == 2 ? ReadOpener(columns[1]) : null;
            if (columns.Length > 2 || columns.Length == 2 && opener is null)
            {
                throw new InvalidDataException($"{path}:{number}: expected a word, its classes and at most a column '{OpenerPrefix}N/M' (N <= M)");
            }

            if (opener is { } count)
            {
                openers[line[..tab]] = count;
            }

            foreach (var upos in columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Closed.Contains(upos))
                {
                    throw new InvalidDataException($"{path}:{number}: '{upos}' is not a closed class ({string.Join(", ", Closed.Order(StringComparer.Ordinal))})");
                }

                Add(words, line[..tab], upos);
            }
        }

        return new ClosedClassLexicon(words, openers, source);
    }

    private const string OpenerPrefix = "clause ";

    private static OpenerCount? ReadOpener(string column)
    {
        var slash = column.IndexOf('/', StringComparison.Ordinal);
        return column.StartsWith(OpenerPrefix, StringComparison.Ordinal) && slash > 0
            && int.TryParse(column.AsSpan(OpenerPrefix.Length, slash - OpenerPrefix.Length), out var subordinator)
            && int.TryParse(column.AsSpan(slash + 1), out var all) && subordinator >= 0 && subordinator <= all
            ? new OpenerCount(subordinator, all)
            : null;
    }

    private const string SourcePrefix = "# Closed-class words of ";

    private static void Add(SortedDictionary<string, SortedSet<string>> words, string word, string upos)
    {
        if (!words.TryGetValue(word, out var classes))
        {
            words[word] = classes = new SortedSet<string>(StringComparer.Ordinal);
        }

        classes.Add(upos);
    }
}
