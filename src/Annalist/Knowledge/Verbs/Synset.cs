namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A synonym set (<c>&amp;CURRENCY</c>): its members as lower-case word sequences, plurals generated unless the
/// label or the member ends in <c>_</c>, nested synsets resolved. Prepositional-phrase members (<c>(TO THE END)</c>)
/// keep the preposition as their first word and are flagged.
/// </summary>
public sealed record Synset(string Name, IReadOnlyList<SynsetMember> Members, string Source)
{
    /// <summary>Whether a single word is a one-word member.</summary>
    public bool Contains(string word) => Members.Any(m => m.Words.Count == 1 && string.Equals(m.Words[0], word, StringComparison.OrdinalIgnoreCase));
}
