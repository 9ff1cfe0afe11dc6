namespace Annalist.Knowledge.Verbs;

/// <summary>One member of a synset: consecutive lower-case words; <see cref="IsPrepositionalPhrase"/> when written in parentheses.</summary>
public sealed record SynsetMember(IReadOnlyList<string> Words, bool IsPrepositionalPhrase)
{
    public override string ToString() => IsPrepositionalPhrase ? "(" + string.Join(' ', Words) + ")" : string.Join(' ', Words);
}
