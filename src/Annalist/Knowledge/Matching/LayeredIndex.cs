namespace Annalist.Knowledge.Matching;

/// <summary>
/// Several <see cref="PhraseIndex{T}"/> layers searched together (user overlays over shipped data): the longest
/// phrase wins; at equal length every layer's items are returned, the highest layer's first.
/// </summary>
public sealed class LayeredIndex<T>
    where T : class
{
    private readonly PhraseIndex<T>[] layers;

    /// <summary>Layers from the highest priority to the lowest.</summary>
    public LayeredIndex(params PhraseIndex<T>[] layers)
    {
        this.layers = layers;
    }

    public IReadOnlyList<PhraseIndex<T>> Layers => layers;

    /// <summary>A new index with <paramref name="overlay"/> above the existing layers.</summary>
    public LayeredIndex<T> With(PhraseIndex<T> overlay) => new([overlay, .. layers]);

    /// <summary>The longest phrase at <paramref name="start"/>; its items are appended to <paramref name="items"/>.</summary>
    public bool TryMatchLongest<TTokens>(TTokens tokens, int start, int limit, List<T> items, out int end)
        where TTokens : ITokenForms
    {
        end = start;
        foreach (var layer in layers)
        {
            if (layer.Trie.TryMatchLongest(tokens, start, limit, out var match) && match.End >= end)
            {
                if (match.End > end)
                {
                    items.Clear();
                    end = match.End;
                }

                foreach (var value in layer.Trie.Values(match.Node))
                {
                    items.Add(layer.Items[value]);
                }
            }
        }

        return end > start;
    }

    /// <summary>Items whose phrase is exactly tokens [start, end).</summary>
    public void MatchExactly<TTokens>(TTokens tokens, int start, int end, List<T> items)
        where TTokens : ITokenForms
    {
        foreach (var layer in layers)
        {
            if (layer.Trie.TryMatchExactly(tokens, start, end, out var match))
            {
                foreach (var value in layer.Trie.Values(match.Node))
                {
                    items.Add(layer.Items[value]);
                }
            }
        }
    }
}
