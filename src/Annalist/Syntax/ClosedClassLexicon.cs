using System.Collections.Frozen;
using Annalist.Syntax.Training;

namespace Annalist.Syntax;

/// <summary>
/// The words the training treebanks tag with each closed part of speech (adpositions, auxiliaries, conjunctions,
/// determiners, particles, pronouns). A closed class admits no new members, so the tagger never gives one to a word
/// the treebanks never tagged with it: "rejected repeated offers of talks" had "offers" tagged as an adposition, and
/// the parse lost the object. Written by <c>annalist train parser</c> (or <c>annalist train closed-classes</c>) as
/// <see cref="SyntaxModel.ClosedClassesFile"/>: one word per line, a tab, its closed classes separated by spaces.
/// </summary>
internal sealed class ClosedClassLexicon
{
    /// <summary>The closed UPOS classes (UD's closed classes except NUM, whose members are numerals of any value).</summary>
    public static readonly FrozenSet<string> Closed = new[] { "ADP", "AUX", "CCONJ", "DET", "INTJ", "PART", "PRON", "SCONJ" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly FrozenSet<(ulong Word, string Upos)> members;

    private readonly SortedDictionary<string, SortedSet<string>> words;

    private ClosedClassLexicon(SortedDictionary<string, SortedSet<string>> words, string source)
    {
        this.words = words;
        Source = source;
        members = words.SelectMany(w => w.Value.Select(upos => (FeatureHash.Text(w.Key), upos))).ToFrozenSet();
    }

    /// <summary>The treebanks the words come from (the file's first comment says so).</summary>
    public string Source { get; }

    /// <summary>Number of (word, class) pairs.</summary>
    public int Count => members.Count;

    /// <summary>Number of words.</summary>
    public int Words => words.Count;

    /// <summary>Whether the treebanks tagged the word (its <see cref="SentenceWords.Lower"/> hash) with the class.</summary>
    public bool Allows(ulong lower, string upos) => members.Contains((lower, upos));

    /// <summary>The closed-class words of gold sentences (their normalised forms, as the tagger reads them).</summary>
    public static ClosedClassLexicon Collect(IEnumerable<GoldSentence> sentences, SymbolTable tags, string source)
    {
        var words = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Span<char> buffer = stackalloc char[SentenceWords.MaxWordLength];
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Count; i++)
            {
                var upos = TagClass.Split(tags[sentence.Tags[i]]).Upos;
                if (Closed.Contains(upos))
                {
                    var n = WordShape.Normalize(sentence.Document.FormSpan(sentence.Tokens.Start + i), buffer);
                    Add(words, buffer[..n].ToString(), upos);
                }
            }
        }

        return new ClosedClassLexicon(words, source);
    }

    /// <summary>Writes the lexicon's text form: a comment naming its source, then one word per line.</summary>
    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.Write($"{SourcePrefix}{Source}\n");
        writer.Write("# Word, tab, the closed UPOS classes the treebanks give it; the tagger gives no word a closed class it is not listed with.\n");
        foreach (var (word, classes) in words)
        {
            writer.Write($"{word}\t{string.Join(' ', classes)}\n");
        }
    }

    /// <summary>Reads the text form; throws <see cref="InvalidDataException"/> naming the line of a malformed row.</summary>
    public static ClosedClassLexicon Read(string path)
    {
        var words = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
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

            foreach (var upos in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Closed.Contains(upos))
                {
                    throw new InvalidDataException($"{path}:{number}: '{upos}' is not a closed class ({string.Join(", ", Closed.Order(StringComparer.Ordinal))})");
                }

                Add(words, line[..tab], upos);
            }
        }

        return new ClosedClassLexicon(words, source);
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
