namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// An agent record as read: the phrase as written, every form it matches (substitutions and plurals
/// expanded), the role code, and whether the code goes before the actor's code (<c>NGO~</c>) or after it (<c>~GOV</c>).
/// </summary>
public sealed record PetrarchAgentRecord(string Entry, IReadOnlyList<string> Phrases, string Code, bool Prefix, int Line);
