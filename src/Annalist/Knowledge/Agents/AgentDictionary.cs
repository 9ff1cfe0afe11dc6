using Annalist.Knowledge.Matching;

namespace Annalist.Knowledge.Agents;

/// <summary>Roles by phrase, in layers (user overlays over shipped agents). Immutable and thread-safe.</summary>
public sealed class AgentDictionary(LayeredIndex<AgentEntry> index)
{
    public LayeredIndex<AgentEntry> Index { get; } = index;

    public int Count => Index.Layers.Sum(l => l.Items.Count);

    public AgentDictionary With(PhraseIndex<AgentEntry> overlay) => new(Index.With(overlay));

    /// <summary>The roles named exactly <paramref name="phrase"/>, highest layer first.</summary>
    public IReadOnlyList<AgentEntry> Lookup(string phrase)
    {
        var tokens = new StringTokenForms(phrase);
        var result = new List<AgentEntry>();
        if (tokens.Count > 0)
        {
            Index.MatchExactly(tokens, 0, tokens.Count, result);
        }

        return result;
    }
}
