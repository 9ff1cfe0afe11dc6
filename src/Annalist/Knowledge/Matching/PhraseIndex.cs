namespace Annalist.Knowledge.Matching;

/// <summary>Items (actor entries, agents, places) findable by their phrases: a <see cref="PhraseTrie"/> whose values index <see cref="Items"/>.</summary>
public sealed class PhraseIndex<T>
    where T : class
{
    public PhraseIndex(PhraseTrie trie, IReadOnlyList<T> items)
    {
        Trie = trie;
        Items = items;
    }

    public PhraseTrie Trie { get; }

    public IReadOnlyList<T> Items { get; }

    /// <summary>Builds the index; each item is findable by every phrase <paramref name="phrases"/> gives for it.</summary>
    public static PhraseIndex<T> Build(IReadOnlyList<T> items, Func<T, IEnumerable<string>> phrases)
    {
        var builder = new PhraseTrieBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var phrase in phrases(items[i]))
            {
                builder.Add(phrase, i);
            }
        }

        return new PhraseIndex<T>(builder.Build(), items);
    }
}
