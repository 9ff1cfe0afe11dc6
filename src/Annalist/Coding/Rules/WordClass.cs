using System.Collections.Frozen;

namespace Annalist.Coding.Rules;

/// <summary>A named class of words from the rule pack (<c>data/coding/word-classes.tsv</c>); matching ignores case.</summary>
public sealed class WordClass
{
    private readonly FrozenSet<string> words;

    public WordClass(string name, IEnumerable<string> words)
    {
        Name = name;
        this.words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public string Name { get; }

    public int Count => words.Count;

    public IEnumerable<string> Words => words;

    public bool Contains(string word) => words.Contains(word);

    public override string ToString() => $"&{Name} ({words.Count} words)";
}
