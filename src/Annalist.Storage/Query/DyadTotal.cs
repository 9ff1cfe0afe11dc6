namespace Annalist.Storage.Query;

/// <summary>All events from one actor to one recipient over the whole query (no periods), with Goldstein sum and QuadClass counts.</summary>
public sealed record DyadTotal(
    string Actor,
    string Recipient,
    long Events,
    double GoldsteinSum,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict);
