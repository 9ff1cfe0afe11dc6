namespace Annalist.Coding.Clauses;

/// <summary>A prepositional (oblique) argument: its marker ("to", "against", "in exchange for") and head token.</summary>
public readonly record struct Oblique(string Preposition, int Head);
