namespace Annalist.Knowledge.Matching;

/// <summary>
/// A trie over dictionary phrases tokenized like the text, matched on folded token forms. Each phrase end
/// carries integer values (entry ids). Matching allocates nothing per token: forms are folded into a stack
/// buffer and looked up through a span-keyed view of the vocabulary. Immutable and thread-safe.
/// </summary>
public sealed class PhraseTrie
{
    private readonly Dictionary<string, int> vocabulary;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabularyBySpan;
    private readonly Dictionary<long, int> edges;
    private readonly int[] valueStart;
    private readonly int[] values;

    internal PhraseTrie(string[] tokens, int[] edgeParent, int[] edgeToken, int[] edgeChild, int[] valueStart, int[] values)
    {
        Tokens = tokens;
        vocabulary = new Dictionary<string, int>(tokens.Length, StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            vocabulary[tokens[i]] = i;
        }

        vocabularyBySpan = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        edges = new Dictionary<long, int>(edgeParent.Length);
        for (var i = 0; i < edgeParent.Length; i++)
        {
            edges[Key(edgeParent[i], edgeToken[i])] = edgeChild[i];
        }

        EdgeParent = edgeParent;
        EdgeToken = edgeToken;
        EdgeChild = edgeChild;
        this.valueStart = valueStart;
        this.values = values;
    }

    /// <summary>Number of nodes, the root (0) included.</summary>
    public int NodeCount => valueStart.Length - 1;

    /// <summary>Number of distinct phrases (nodes that end one).</summary>
    public int PhraseCount
    {
        get
        {
            var count = 0;
            for (var i = 0; i < NodeCount; i++)
            {
                count += valueStart[i + 1] > valueStart[i] ? 1 : 0;
            }

            return count;
        }
    }

    internal string[] Tokens { get; }

    internal int[] EdgeParent { get; }

    internal int[] EdgeToken { get; }

    internal int[] EdgeChild { get; }

    internal int[] ValueStarts => valueStart;

    internal int[] AllValues => values;

    /// <summary>The values of the phrase that ends at <paramref name="node"/> (entry ids, ascending).</summary>
    public ReadOnlySpan<int> Values(int node) => values.AsSpan(valueStart[node], valueStart[node + 1] - valueStart[node]);

    /// <summary>The longest phrase starting at token <paramref name="start"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatchLongest<TTokens>(TTokens tokens, int start, int limit, out PhraseMatch match)
        where TTokens : ITokenForms
    {
        match = default;
        var node = 0;
        var found = false;
        Span<char> buffer = stackalloc char[TokenKey.MaxLength];
        for (var i = start; i < limit; i++)
        {
            var form = tokens.Form(i);
            if (i > start && TokenKey.IsJoiner(form))
            {
                continue;
            }

            var length = TokenKey.Fold(form, buffer);
            if (length == 0 || !vocabularyBySpan.TryGetValue(buffer[..length], out var token) || !edges.TryGetValue(Key(node, token), out node))
            {
                break;
            }

            if (valueStart[node + 1] > valueStart[node])
            {
                match = new PhraseMatch(start, i + 1, node);
                found = true;
            }
        }

        return found;
    }

    /// <summary>Leftmost-longest, non-overlapping matches in tokens [start, end), appended to <paramref name="output"/>.</summary>
    public void FindAll<TTokens>(TTokens tokens, int start, int end, List<PhraseMatch> output)
        where TTokens : ITokenForms
    {
        for (var i = start; i < end;)
        {
            if (TryMatchLongest(tokens, i, end, out var match))
            {
                output.Add(match);
                i = match.End;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Whether the whole of tokens [start, end) is one phrase (joiners inside skipped).</summary>
    public bool TryMatchExactly<TTokens>(TTokens tokens, int start, int end, out PhraseMatch match)
        where TTokens : ITokenForms => TryMatchLongest(tokens, start, end, out match) && match.End == end;

    private static long Key(int node, int token) => ((long)node << 32) | (uint)token;
}
