namespace Annalist.Events;

/// <summary>The versions of code, knowledge and model that produced an event.</summary>
public sealed record VersionStamp(string Annalist, string Knowledge, string Model);
