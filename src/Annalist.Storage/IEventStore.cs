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

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);
}
