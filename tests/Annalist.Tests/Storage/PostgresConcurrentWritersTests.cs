using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Storage.Postgres;
using Npgsql;
using static Annalist.Tests.Storage.Reports;

namespace Annalist.Tests.Storage;

/// <summary>
/// Several writers (separate processes' worth of connections) on one PostgreSQL store: reports of
/// one event stored in overlapping transactions still end as one merged event.
/// </summary>
public sealed class PostgresConcurrentWritersTests(PostgresTestStores stores) : IClassFixture<PostgresTestStores>
{
    private const string Sentence = "Russia supplied missiles to North Korea.";

    [SkippableFact]
    public async Task A_writer_waits_for_another_holding_an_uncommitted_report_of_the_same_event()
    {
        Skip.If(stores.SkipReason is not null, stores.SkipReason);
        await using var first = await stores.CreateAsync();
        await using var second = await EventStore.OpenAsync(first.Location);
        var reuters = Document("reuters", Sentence, "Reuters", "https://reuters.example/1", "2024-11-22", Event(Sentence, "supplied", "RUS", "PRK", "AID", "072", "2024-11-22"));
        var note = Document("note", "An unrelated note.", "Reuters", "https://reuters.example/2", "2024-11-22");
        const string afpText = "Moscow supplied missiles to Pyongyang, officials said.";
        var afp = Document("afp", afpText, "AFP", "https://afp.example/1", "2024-11-22", Event(afpText, "supplied", "RUSGOV", "PRKGOV", "AID", "0721", "2024-11-22"));

        // A third session inserts the first writer's second document and keeps its transaction open:
        // the first writer, its report of the event written, then waits on the unique index, mid-transaction.
        await using var blocker = new NpgsqlConnection(PostgresUrl.ToConnectionString(first.Location.Value));
        await blocker.OpenAsync();
        await using var blocking = await blocker.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO documents (doc_id, text_hash, outlet, language, text, text_length, sentence_offsets, sentence_count, event_count, ingested_at) " +
            "VALUES ('blocker', @hash, 'x', 'en', 'x', 1, '\\x'::bytea, 0, 0, 'now')", blocker, blocking))
        {
            insert.Parameters.AddWithValue("hash", note.Key.TextHash);
            await insert.ExecuteNonQueryAsync();
        }

        var firstWrite = Task.Run(() => first.IngestAsync([reuters, note]));
        await WaitForLockWaitsAsync(blocker, 1);
        var secondWrite = Task.Run(() => second.IngestAsync([afp]));

        // Without locking, the second writer would not see the first's uncommitted event and would commit one of its own.
        await Task.WhenAny(secondWrite, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(secondWrite.IsCompleted, "the second writer committed while the first held an uncommitted report of the same event");
        await blocking.RollbackAsync();
        await Task.WhenAll(firstWrite, secondWrite);

        var e = Assert.Single(await EventsAsync(first));
        Assert.Equal((2, 2), (e.ArticleCount, e.SourceCount));
        Assert.Equal("0721", e.Cameo);
        Assert.Equal(3, (await first.GetStatisticsAsync()).Documents);
    }

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Writers_in_parallel_merge_like_one_writer(int seed)
    {
        Skip.If(stores.SkipReason is not null, stores.SkipReason);

        // Three events (dyads), each reported by twelve outlets; the reports dealt at random into batches written by three stores at once.
        var dyads = new[] { ("RUS", "PRK", "AID", "072"), ("USA", "CHN", "CONSULT", "040"), ("FRA", "DEU", "COOPERATE", "050") };
        var documents = new List<IngestDocument>();
        foreach (var (actor, recipient, type, cameo) in dyads)
        {
            for (var i = 0; i < 12; i++)
            {
                var text = $"Report {i}: {actor} and {recipient} met over the matter.";
                documents.Add(Document($"{actor}-{i}", text, $"outlet{i}", $"https://outlet{i}.example/{actor}", "2024-11-22", Event(text, "met", actor, recipient, type, cameo, "2024-11-22")));
            }
        }

        var random = new Random(seed);
        var batches = documents.OrderBy(_ => random.Next()).Chunk(6).ToList();
        await using var first = await stores.CreateAsync();
        var writers = new List<IEventStore> { first, await EventStore.OpenAsync(first.Location), await EventStore.OpenAsync(first.Location) };
        try
        {
            await Task.WhenAll(Enumerable.Range(0, writers.Count).Select(w => Task.Run(async () =>
            {
                for (var b = w; b < batches.Count; b += writers.Count)
                {
                    await writers[w].IngestAsync(batches[b]);
                }
            })));
        }
        finally
        {
            foreach (var writer in writers.Skip(1))
            {
                await writer.DisposeAsync();
            }
        }

        var events = await EventsAsync(first);
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal((12, 12), (e.ArticleCount, e.SourceCount)));
        Assert.Equal(36, (await first.GetStatisticsAsync()).Documents);
    }

    private static async Task<List<Annalist.Storage.Query.StoredEvent>> EventsAsync(IEventStore store)
    {
        var events = new List<Annalist.Storage.Query.StoredEvent>();
        await foreach (var e in store.QueryEventsAsync(new Annalist.Storage.Query.EventQuery()))
        {
            events.Add(e);
        }

        return events;
    }

    private static async Task WaitForLockWaitsAsync(NpgsqlConnection connection, int count)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var query = new NpgsqlCommand("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            if ((long)(await query.ExecuteScalarAsync())! >= count)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no session of the store waited on a lock within 30 s");
    }
}
