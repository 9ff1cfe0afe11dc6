namespace Annalist.Storage.Query;

/// <summary>
/// One point of a dyad series: the events from <see cref="Actor"/> to <see cref="Recipient"/> dated in
/// the period starting <see cref="PeriodStart"/>, their mentions, the sum of their Goldstein values
/// (each merged event counted once) and how many fall in each QuadClass (1 verbal cooperation,
/// 2 material cooperation, 3 verbal conflict, 4 material conflict).
/// </summary>
public sealed record DyadRow(
    string Actor,
    string Recipient,
    DateOnly PeriodStart,
    long Events,
    long Mentions,
    double GoldsteinSum,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict);
