namespace Annalist.Knowledge.Verbs;

/// <summary>A verb synonym block (<c>--- GRANT [070] ---</c>): its verbs share its patterns.</summary>
public sealed record VerbBlock(string Name, VerbCode Code, string Source, IReadOnlyList<VerbEntry> Verbs, IReadOnlyList<VerbPattern> Patterns);
