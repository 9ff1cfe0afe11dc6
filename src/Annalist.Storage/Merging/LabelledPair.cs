namespace Annalist.Storage.Merging;

/// <summary>Two reports from different articles and a person's judgement: are they the same real-world event?</summary>
public sealed record LabelledPair(string Id, bool Same, string Kind, string Note, PairReport A, PairReport B);
