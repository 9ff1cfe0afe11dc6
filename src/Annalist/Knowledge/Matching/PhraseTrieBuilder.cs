namespace Annalist.Knowledge.Matching;

/// <summary>Collects phrases (as folded token keys) with their values and builds a <see cref="PhraseTrie"/> deterministically.</summary>
public sealed class PhraseTrieBuilder
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly List<string> tokens = [];
    private readonly Dictionary<long, int> edges = [];
    private readonly List<(int Parent, int Token, int Child)> edgeList = [];
    private readonly List<SortedSet<int>?> nodeValues = [null];

    /// <summary>Adds a phrase given as folded token keys (see <see cref="StringTokenForms.Keys"/>).</summary>
    public void Add(IReadOnlyList<string> keys, int value)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var node = 0;
        foreach (var key in keys)
        {
            if (!vocabulary.TryGetValue(key, out var token))
            {
                token = tokens.Count;
                vocabulary[key] = token;
                tokens.Add(key);
            }

            var edgeKey = ((long)node << 32) | (uint)token;
            if (!edges.TryGetValue(edgeKey, out var child))
            {
                child = nodeValues.Count;
                nodeValues.Add(null);
                edges[edgeKey] = child;
                edgeList.Add((node, token, child));
            }

            node = child;
        }

        (nodeValues[node] ??= []).Add(value);
    }

    /// <summary>Adds a phrase as written (tokenized with the project's tokenizer, then folded).</summary>
    public void Add(string phrase, int value) => Add(StringTokenForms.Keys(phrase), value);

    public PhraseTrie Build()
    {
        var valueStart = new int[nodeValues.Count + 1];
        var values = new List<int>();
        for (var i = 0; i < nodeValues.Count; i++)
        {
            valueStart[i] = values.Count;
            if (nodeValues[i] is { } set)
            {
                values.AddRange(set);
            }
        }

        valueStart[nodeValues.Count] = values.Count;
        return new PhraseTrie(
            [.. tokens],
            [.. edgeList.Select(e => e.Parent)],
            [.. edgeList.Select(e => e.Token)],
            [.. edgeList.Select(e => e.Child)],
            valueStart,
            [.. values]);
    }
}
