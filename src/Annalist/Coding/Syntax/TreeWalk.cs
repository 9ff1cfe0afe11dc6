namespace Annalist.Coding.Syntax;

/// <summary>
/// One walk over a <see cref="SentenceTree"/> that may move both down (into a clause) and up (to the clause's
/// governor): it enters each token at most once, so a walk over any parse, however odd, ends after at most
/// as many steps as the sentence has tokens. Not thread-safe; make one per walk.
/// </summary>
public sealed class TreeWalk
{
    private readonly int first;
    private readonly bool[] visited;

    internal TreeWalk(SentenceTree tree)
    {
        first = tree.Sentence.Tokens.Start;
        visited = new bool[tree.Sentence.Tokens.Count];
    }

    /// <summary>Marks the token visited; false when it was visited before (or lies outside the sentence), and the walk must not go there again.</summary>
    public bool Enter(int token)
    {
        var i = token - first;
        if (i < 0 || i >= visited.Length || visited[i])
        {
            return false;
        }

        visited[i] = true;
        return true;
    }
}
