namespace Annalist.Storage.Query;

/// <summary>What a page of events can be sorted by besides date (which pages by keyset, see <see cref="EventCursor"/>).</summary>
public enum EventSort
{
    /// <summary>The Goldstein value (events without one count as 0), then id.</summary>
    Goldstein,

    /// <summary>The number of text mentions over all reports, then id.</summary>
    Mentions,
}
