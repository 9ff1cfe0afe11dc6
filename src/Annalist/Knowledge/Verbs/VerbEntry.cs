namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A verb of a block: its lemma (lower-case), the words of a multi-word verb (<c>call off</c>, <c>re arrest</c>)
/// with the index of the inflected word, the forms it is written in (irregular forms as listed, regular ones
/// generated), its own code or the block's, and where it was read.
/// </summary>
public sealed record VerbEntry(string Lemma, IReadOnlyList<string> Words, int VerbIndex, IReadOnlyList<string> Forms, VerbCode Code, string Block, string Source)
{
    public bool IsMultiWord => Words.Count > 1;
}
