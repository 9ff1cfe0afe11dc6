namespace Annalist.Storage.Query;

/// <summary>What a store holds.</summary>
public sealed record StoreStatistics(long Documents, long Events, long Mentions, int SchemaVersion);
