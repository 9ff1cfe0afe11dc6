namespace Annalist.Storage.Merging;

/// <summary>Whether a report joins a stored event, and why (or why not), in words an analyst can check.</summary>
public sealed record MergeDecision(bool Merge, string Reason);
