using Annalist.Storage.Documents;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;

namespace Annalist.Storage;

/// <summary>
/// The event store: documents and the events coded from them, with reports of one real-world event
/// from different articles merged (<see cref="MergeRule"/>). SQLite and PostgreSQL implement it alike
/// and pass the same tests. Safe to use from several threads; writers are serialised by the store.
/// </summary>
public interface IEventStore : IAsyncDisposable
{
    StoreLocation Location { get; }

    MergeRule MergeRule { get; }

    /// <summary>Whether a document with this URL or text is already stored (checked again, atomically, by <see cref="IngestAsync"/>).</summary>
    Task<bool> ContainsAsync(DocumentKey key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a batch of coded documents in one transaction: each new document with its sentence
    /// offsets and full text (searchable), each of its events merged into a stored event or stored as
    /// a new one. Duplicates (same URL or text, in the store or earlier in the batch) are skipped. Either
    /// the whole batch is committed when this returns, or nothing of it is.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<IngestDocument> batch, CancellationToken cancellationToken = default);

    /// <summary>Events matching the query in date order, then id; with their reports when <paramref name="includeMentions"/>.</summary>
    IAsyncEnumerable<StoredEvent> QueryEventsAsync(EventQuery query, bool includeMentions = false, CancellationToken cancellationToken = default);

    /// <summary>One event with all its reports, or null.</summary>
    Task<StoredEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The reports of the events matching the query, in the events' order then report order.</summary>
    IAsyncEnumerable<StoredMention> QueryMentionsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Counts, Goldstein sums and QuadClass counts per dyad and period over the events matching the query.</summary>
    IAsyncEnumerable<DyadRow> QueryDyadsAsync(EventQuery query, DyadPeriod period, DyadLevel level = DyadLevel.Country, CancellationToken cancellationToken = default);

    /// <summary>Actor codes starting with, or reported under a name starting with, <paramref name="prefix"/>; most frequent first.</summary>
    Task<IReadOnlyList<ActorSummary>> SearchActorsAsync(string prefix, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>How many events match the query (its paging ignored).</summary>
    Task<long> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Events, Goldstein sums and QuadClass counts per period over every event matching the query; empty periods are absent.</summary>
    Task<IReadOnlyList<SeriesPoint>> QuerySeriesAsync(EventQuery query, DyadPeriod period, CancellationToken cancellationToken = default);

    /// <summary>The busiest <paramref name="limit"/> places of the matching events, events per place country, and how many places and unplaced events there are.</summary>
    Task<PlaceSummary> QueryPlacesAsync(EventQuery query, int limit, CancellationToken cancellationToken = default);

    /// <summary>The busiest <paramref name="limit"/> dyads with at least <paramref name="minimumEvents"/> matching events, over the whole period, with the totals of what was left out.</summary>
    Task<DyadSummary> QueryDyadTotalsAsync(EventQuery query, DyadLevel level, int limit, long minimumEvents = 1, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the events matching the query sorted by Goldstein value or mentions (descending when
    /// <see cref="EventQuery.NewestFirst"/>), with their reports; paged by offset, as these orders have no
    /// index to page by key on.
    /// </summary>
    Task<IReadOnlyList<StoredEvent>> QueryEventsSortedAsync(EventQuery query, EventSort sort, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>A stored document's full text and metadata by its store id (a report's <c>DocumentStoreId</c>), or null.</summary>
    Task<StoredArticle?> GetArticleAsync(long documentStoreId, CancellationToken cancellationToken = default);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
