namespace Annalist.Formats.Conllu;

/// <summary>A multiword token line ("1-2 don't"): the surface form spanning words First..Last.</summary>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc);
