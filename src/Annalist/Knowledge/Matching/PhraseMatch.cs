namespace Annalist.Knowledge.Matching;

/// <summary>A dictionary phrase found at tokens [Start, End); <see cref="Node"/> identifies the phrase's values in its trie.</summary>
public readonly record struct PhraseMatch(int Start, int End, int Node)
{
    public int Length => End - Start;
}
