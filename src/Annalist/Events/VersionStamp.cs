namespace Annalist.Events;

/// <summary>The versions of code, knowledge and model that produced an event, and of the coder's rule pack (data/coding).</summary>
public sealed record VersionStamp(string Annalist, string Knowledge, string Model)
{
    /// <summary>The rule pack's version and manifest hash (<c>2026.12.04+4a0709717779</c>); empty for records written before the pack existed.</summary>
    public string Rules { get; init; } = string.Empty;
}
