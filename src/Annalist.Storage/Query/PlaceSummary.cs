namespace Annalist.Storage.Query;

/// <summary>
/// Where the events matching a query happened: the busiest places (at most the limit asked for),
/// events per country of their place (every country, never cut), and the totals that say what a
/// limited answer leaves out: how many places there are and how many events have no place.
/// </summary>
public sealed record PlaceSummary(
    IReadOnlyList<PlaceCount> Places,
    IReadOnlyList<CountryCount> Countries,
    long PlaceTotal,
    long PlacedEvents,
    long UnplacedEvents)
{
    /// <summary>Whether some places were left out by the limit.</summary>
    public bool Truncated => Places.Count < PlaceTotal;
}
