namespace Annalist.Storage.Query;

/// <summary>An actor code seen in the store, with a name it was reported under and how many events it is the actor or recipient of.</summary>
public sealed record ActorSummary(string Code, string Country, string Text, long Events);
