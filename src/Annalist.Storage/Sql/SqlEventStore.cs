using System.Data.Common;
using System.Runtime.CompilerServices;
using Annalist.Storage.Documents;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;

namespace Annalist.Storage.Sql;

/// <summary>
/// What both relational stores share: the same tables and SQL for writing, merging and querying.
/// A subclass supplies connections, the write lock, schema migrations and full-text search.
/// </summary>
public abstract partial class SqlEventStore : IEventStore
{
    /// <summary>Events are read in pages of this size so no reader stays open across a consumer's work.</summary>
    private const int PageSize = 1000;

    protected SqlEventStore(StoreLocation location, MergeRule mergeRule)
    {
        Location = location;
        MergeRule = mergeRule;
    }

    public StoreLocation Location { get; }

    public MergeRule MergeRule { get; }

    /// <summary>The SQL that adds a document to the full-text index (parameters @id, @title, @text), or null when the database indexes it itself.</summary>
    protected abstract string? FullTextInsertSql { get; }

    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction in which no other writer changes what this batch reads and then writes
    /// (duplicate checks, merge candidates): one writer at a time, or locks on the batch's
    /// <see cref="IngestWriter.LockKeys"/>.
    /// </summary>
    protected abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyList<IngestDocument> batch, CancellationToken cancellationToken);

    /// <summary>A sub-select of document ids matching the full-text query, its parameters added to <paramref name="command"/>.</summary>
    protected abstract string FullTextDocuments(TextQuery query, DbCommand command);

    protected abstract Task<int> SchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken);

    public async Task<bool> ContainsAsync(DocumentKey key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT COUNT(*) FROM documents WHERE {IngestWriter.SameDocument}");
        command.Set("@hash", key.TextHash).Set("@url_key", key.UrlKey);

        return await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<IngestDocument> batch, CancellationToken cancellationToken = default)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await WriteAsync(connection, batch, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsRowFailure(ex, connection))
        {
            // One document the database refused rolled the batch back: store each alone, so only the refused
            // ones fail (named by id) and the rest of the batch is kept.
        }

        var outcomes = new List<IngestOutcome>(batch.Count);
        foreach (var document in batch)
        {
            try
            {
                outcomes.Add((await WriteAsync(connection, [document], cancellationToken).ConfigureAwait(false))[0]);
            }
            catch (Exception ex) when (IsRowFailure(ex, connection))
            {
                outcomes.Add(IngestOutcome.Failure(document.Metadata.Id, $"the store refused it: {ex.GetType().Name}: {ex.Message}"));
            }
        }

        return outcomes;
    }

    /// <summary>Writes the documents in one transaction, committed whole or not at all.</summary>
    private async Task<List<IngestOutcome>> WriteAsync(DbConnection connection, IReadOnlyList<IngestDocument> documents, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginWriteAsync(connection, documents, cancellationToken).ConfigureAwait(false);
        var outcomes = new List<IngestOutcome>(documents.Count);
        using (var writer = new IngestWriter(connection, transaction, MergeRule, FullTextInsertSql, DateTimeOffset.UtcNow))
        {
            foreach (var document in documents)
            {
                outcomes.Add(await writer.WriteAsync(document, cancellationToken).ConfigureAwait(false));
            }
        }

        // Not cancellable: once the batch is written it is committed whole or not at all.
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        return outcomes;
    }

    /// <summary>
    /// An exception caused by one document's content (a constraint, a value the database refuses), after which
    /// the connection is still usable; not a lost connection, a cancellation or an exhausted machine, which stop the whole ingest.
    /// </summary>
    private static bool IsRowFailure(Exception ex, DbConnection connection) =>
        connection.State == System.Data.ConnectionState.Open
        && ex is not (OperationCanceledException or OutOfMemoryException or StoreException)
        && (ex is not DbException db || !db.IsTransient);

    public async IAsyncEnumerable<StoredEvent> QueryEventsAsync(EventQuery query, bool includeMentions = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var remaining = query.Limit ?? int.MaxValue;
        var after = query.After;
        while (remaining > 0)
        {
            var page = await ReadEventPageAsync(query with { After = after }, Math.Min(PageSize, remaining), includeMentions, cancellationToken).ConfigureAwait(false);
            foreach (var e in page)
            {
                yield return e;
            }

            if (page.Count < Math.Min(PageSize, remaining))
            {
                yield break;
            }

            remaining -= page.Count;
            after = page[^1].Cursor;
        }
    }

    public async Task<StoredEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {StoredRows.EventColumns} FROM events e WHERE e.id = @id");
        command.Set("@id", id);
        StoredEvent? found = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found = StoredRows.ReadEvent(reader);
            }
        }

        if (found is null)
        {
            return null;
        }

        var mentions = await ReadMentionsAsync(connection, [id], cancellationToken).ConfigureAwait(false);
        return found with { Mentions = mentions.GetValueOrDefault(id) ?? [] };
    }

    public async IAsyncEnumerable<StoredMention> QueryMentionsAsync(EventQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var e in QueryEventsAsync(query, includeMentions: true, cancellationToken).ConfigureAwait(false))
        {
            foreach (var mention in e.Mentions)
            {
                yield return mention;
            }
        }
    }

    public async IAsyncEnumerable<DyadRow> QueryDyadsAsync(EventQuery query, DyadPeriod period, DyadLevel level = DyadLevel.Country, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        var where = EventFilterSql.Where(query with { After = null, Limit = null }, command, FullTextDocuments, PlaceField);
        var periodKey = period switch
        {
            DyadPeriod.Day => "e.date_day",
            DyadPeriod.Week => "(e.date_day - (e.date_day % 7))",
            _ => "e.month",
        };
        // At country level an actor without a country (an IGO such as IGOEUREEC, a group) keeps its code.
        var (actor, recipient) = level == DyadLevel.Code
            ? ("e.actor_code", "e.recipient_code")
            : ("COALESCE(NULLIF(e.actor_country, ''), e.actor_code)", "COALESCE(NULLIF(e.recipient_country, ''), e.recipient_code)");
        command.CommandText =
            $"SELECT {actor}, {recipient}, {periodKey} AS period, COUNT(*), SUM(e.mention_count), SUM(COALESCE(e.goldstein, 0)), " +
            "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) " +
            $"FROM events e {where} GROUP BY {actor}, {recipient}, {periodKey} ORDER BY {actor}, {recipient}, period";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.Int32(2);
            var start = period == DyadPeriod.Month ? new DateOnly(key / 100, key % 100, 1) : DateOnly.FromDayNumber(key);
            yield return new DyadRow(
                reader.Text(0), reader.Text(1), start, reader.Int64(3), reader.Int64(4), Math.Round(Convert.ToDouble(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture), 4),
                reader.Int64(6), reader.Int64(7), reader.Int64(8), reader.Int64(9));
        }
    }

    public async Task<IReadOnlyList<ActorSummary>> SearchActorsAsync(string prefix, int limit = 20, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT code, country, MIN(text), COUNT(*) FROM (" +
            "SELECT actor_code AS code, actor_country AS country, actor_text AS text FROM events WHERE (actor_code >= @lo AND actor_code < @hi) OR LOWER(actor_text) LIKE @name ESCAPE '\\' " +
            "UNION ALL SELECT recipient_code, recipient_country, recipient_text FROM events WHERE has_recipient = 1 AND ((recipient_code >= @lo AND recipient_code < @hi) OR LOWER(recipient_text) LIKE @name ESCAPE '\\')" +
            ") actors WHERE code <> '' GROUP BY code, country ORDER BY COUNT(*) DESC, code LIMIT @limit");
        var code = prefix.Trim().ToUpperInvariant();
        command.Set("@lo", code).Set("@hi", code + "\u007f").Set("@name", LikePrefix(prefix.Trim().ToLowerInvariant())).Set("@limit", limit);
        var actors = new List<ActorSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            actors.Add(new ActorSummary(reader.Text(0), reader.Text(1), reader.Text(2), reader.Int64(3)));
        }

        return actors;
    }

    /// <summary>A LIKE pattern matching text that starts with <paramref name="prefix"/> literally: its \, % and _ escaped (with ESCAPE '\').</summary>
    internal static string LikePrefix(string prefix) =>
        prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        async Task<long> CountAsync(string table)
        {
            await using var command = connection.Command($"SELECT COUNT(*) FROM {table}");
            return await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
        }

        return new StoreStatistics(await CountAsync("documents").ConfigureAwait(false), await CountAsync("events").ConfigureAwait(false), await CountAsync("mentions").ConfigureAwait(false),
            await SchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false));
    }

    public abstract ValueTask DisposeAsync();

    private async Task<List<StoredEvent>> ReadEventPageAsync(EventQuery query, int limit, bool includeMentions, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var page = new List<StoredEvent>();
        await using (var command = connection.Command(string.Empty))
        {
            var where = EventFilterSql.Where(query, command, FullTextDocuments, PlaceField);
            command.CommandText = $"SELECT {StoredRows.EventColumns} FROM events e {where} {EventFilterSql.Order(query)} LIMIT @limit";
            command.Set("@limit", limit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                page.Add(StoredRows.ReadEvent(reader));
            }
        }

        if (!includeMentions || page.Count == 0)
        {
            return page;
        }

        var mentions = await ReadMentionsAsync(connection, page.Select(e => e.Id).ToList(), cancellationToken).ConfigureAwait(false);
        return page.Select(e => e with { Mentions = mentions.GetValueOrDefault(e.Id) ?? [] }).ToList();
    }

    private static async Task<Dictionary<long, List<StoredMention>>> ReadMentionsAsync(DbConnection connection, IReadOnlyList<long> eventIds, CancellationToken cancellationToken)
    {
        var byEvent = new Dictionary<long, List<StoredMention>>();
        foreach (var chunk in eventIds.Chunk(500))
        {
            await using var command = connection.Command(string.Empty);
            var names = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                names.Add($"@e{i}");
                command.Set($"@e{i}", chunk[i]);
            }

            command.CommandText = $"SELECT {StoredRows.MentionColumns} {StoredRows.MentionJoin} WHERE m.event IN ({string.Join(',', names)}) ORDER BY m.event, m.id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var mention = StoredRows.ReadMention(reader);
                if (!byEvent.TryGetValue(mention.EventId, out var list))
                {
                    byEvent[mention.EventId] = list = [];
                }

                list.Add(mention);
            }
        }

        return byEvent;
    }
}
