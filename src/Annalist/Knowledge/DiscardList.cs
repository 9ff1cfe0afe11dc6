using Annalist.Documents;
using Annalist.Knowledge.Matching;
using Annalist.Knowledge.Petrarch;

namespace Annalist.Knowledge;

/// <summary>
/// Discard phrases (sports, entertainment, chronologies): a sentence containing one is not coded, or the whole
/// story for story-level entries. Matched on whole tokens (a PETRARCH stem without a final <c>_</c> must match
/// a whole word here).
/// </summary>
public sealed class DiscardList(PhraseIndex<PetrarchDiscardRecord> index, string file)
{
    public PhraseIndex<PetrarchDiscardRecord> Index { get; } = index;

    /// <summary>The file the records came from (for file:line).</summary>
    public string File { get; } = file;

    public int Count => Index.Items.Count;

    /// <summary>The first discard phrase in tokens [start, end), or null.</summary>
    public PetrarchDiscardRecord? FindIn<TTokens>(TTokens tokens, int start, int end)
        where TTokens : ITokenForms
    {
        for (var i = start; i < end; i++)
        {
            if (Index.Trie.TryMatchLongest(tokens, i, end, out var match))
            {
                return Index.Items[Index.Trie.Values(match.Node)[0]];
            }
        }

        return null;
    }

    public PetrarchDiscardRecord? FindIn(Document document, TokenRange tokens) => FindIn(new DocumentTokenForms(document), tokens.Start, tokens.End);
}
