namespace Annalist.Storage.Query;

/// <summary>
/// The busiest dyads of a query (at least the minimum weight, at most the limit, busiest first) and
/// the totals that say what was left out: how many dyads reach the minimum weight, how many exist at all,
/// and how many events the returned dyads hold out of all matching events with a recipient.
/// </summary>
public sealed record DyadSummary(
    IReadOnlyList<DyadTotal> Dyads,
    long DyadsAtMinimum,
    long DyadTotal,
    long EventsShown,
    long EventsWithRecipient)
{
    public bool Truncated => Dyads.Count < DyadsAtMinimum;
}
