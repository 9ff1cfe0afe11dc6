namespace Annalist.Formats.Conllu;

/// <summary>One syntactic word (a CoNLL-U line with an integer ID). Head is 1-based within the sentence, 0 for root, -1 when absent.</summary>
public sealed record ConlluWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}
