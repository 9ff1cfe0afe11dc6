namespace Annalist.Knowledge.Verbs;

/// <summary>
/// One word of a pattern, lower-case (<c>aid</c>), or a synset reference (<c>&amp;currency</c>, with
/// <see cref="IsSynset"/>), whose members are in <see cref="VerbDictionary.Synsets"/>.
/// </summary>
public readonly record struct PatternTerm(string Word, bool IsSynset)
{
    public override string ToString() => IsSynset ? "&" + Word.ToUpperInvariant() : Word.ToUpperInvariant();
}
