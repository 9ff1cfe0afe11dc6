using Annalist.Documents;

namespace Annalist.Syntax.Training;

/// <summary>
/// A treebank sentence prepared for training: the document it lives in (built from CoNLL-U exactly as
/// `annalist parse --pretokenized` builds it, so training sees runtime forms), its tokens, and the gold
/// tag class, head (sentence-relative, -1 for the root) and label id of every word.
/// </summary>
internal sealed record GoldSentence(Document Document, TokenRange Tokens, int[] Tags, int[] Heads, int[] Labels)
{
    public int Count => Tokens.Count;
}
