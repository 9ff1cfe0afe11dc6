namespace Annalist.Coding.Lexicon;

/// <summary>How a dictionary pattern matched a clause: how many of its words it found, and the actor slots it fixed.</summary>
internal sealed record PatternMatch(int Score, IReadOnlyList<int>? TargetHeads, IReadOnlyList<int>? SourceHeads, bool Symmetric, IReadOnlyList<int> Tokens);
