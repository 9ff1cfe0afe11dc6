namespace Annalist.Knowledge.Petrarch;

/// <summary>An actor record as read from a PETRARCH actor dictionary: primary phrase, synonyms, codes in file order.</summary>
public sealed record PetrarchActorRecord(string Entry, IReadOnlyList<string> Phrases, IReadOnlyList<PetrarchCodeRestriction> Codes, int Line, string? Comment);
