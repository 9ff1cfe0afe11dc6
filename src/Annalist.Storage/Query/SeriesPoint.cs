namespace Annalist.Storage.Query;

/// <summary>
/// One period of a time series over the events matching a query, whatever their dyads: how many,
/// the sum of their Goldstein values and how many fall in each QuadClass. Periods without events
/// are absent (a gap, not a zero).
/// </summary>
public sealed record SeriesPoint(
    DateOnly PeriodStart,
    long Events,
    double GoldsteinSum,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict);
