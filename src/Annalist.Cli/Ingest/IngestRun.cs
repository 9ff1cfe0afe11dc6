using System.Threading.Channels;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Storage;
using Annalist.Storage.Documents;

namespace Annalist.Cli.Ingest;

/// <summary>
/// One ingest: reads records lazily, drops those already in the store, codes the rest on all cores
/// (the pipeline bounds how many are in flight) and hands full batches to a writer task, which stores
/// each in one transaction while coding goes on. At most two batches wait for the writer, so memory
/// stays bounded on any input size. Without a store (--dry-run) it codes and counts only. An
/// observer learns the fate of each record (the queue worker acknowledges messages by it).
/// </summary>
internal sealed class IngestRun(IEventStore? store, AnnotationPipeline pipeline, int batchSize, bool listStored, IIngestObserver? observer = null)
{
    public IngestCounters Counters { get; } = new();

    /// <summary>Called after every committed batch (updates a progress display); runs on the writer task.</summary>
    public Action? Changed { get; set; }

    /// <summary>
    /// When set, a partial batch is written once no coded document has arrived for this long, so an
    /// input that pauses (a queue running dry) does not hold documents back. Null: only full batches
    /// and the last one.
    /// </summary>
    public TimeSpan? FlushWhenIdle { get; init; }

    public async Task<int> RunAsync(IEnumerable<InputRecord> records, TextWriter problems, CancellationToken cancellationToken)
    {
        this.problems = TextWriter.Synchronized(problems);
        var reporter = new ProblemReporter(this.problems);
        var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(() => WriteAllAsync(batches, cancellationToken), cancellationToken);
        var batch = new Batch(batchSize);
        using var stopCoding = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var results = pipeline.RunAsync(SkipStored(records), cancellationToken: stopCoding.Token).GetAsyncEnumerator(stopCoding.Token);
        Task<bool>? next = null;
        try
        {
            while (true)
            {
                next ??= results.MoveNextAsync().AsTask();
                if (FlushWhenIdle is { } idle && batch.Count > 0 && !next.IsCompleted && !await ArrivesWithinAsync(next, idle, cancellationToken))
                {
                    // Nothing new for a while: write what is coded rather than wait for a full batch.
                    if (!await WaitToWriteAsync(batches.Writer, cancellationToken) || !batches.Writer.TryWrite(batch))
                    {
                        break;
                    }

                    batch = new Batch(batchSize);
                    continue;
                }

                if (!await next)
                {
                    break;
                }

                next = null;
                var result = results.Current;
                Counters.Coded++;
                reporter.Report(result);
                if (result.Document is not { } document)
                {
                    Counters.Failed++;
                    if (observer is not null)
                    {
                        await observer.FailedAsync(result);
                    }

                    continue;
                }

                batch.Add(IngestDocument.From(document), result.Input);
                Counters.AddSentences(document.Sentences.Count);
                if (batch.Count >= batchSize)
                {
                    // Waits only when two batches are already queued: the writer is behind.
                    if (!await WaitToWriteAsync(batches.Writer, cancellationToken) || !batches.Writer.TryWrite(batch))
                    {
                        break;
                    }

                    batch = new Batch(batchSize);
                }
            }

            if (batch.Count > 0 && await WaitToWriteAsync(batches.Writer, cancellationToken))
            {
                batches.Writer.TryWrite(batch);
            }
        }
        finally
        {
            batches.Writer.TryComplete();
            if (next is not null)
            {
                // Stopped early (the writer failed) with a document still coming: it would never be
                // stored, and an endless input (the queue) would never end. A pending MoveNextAsync
                // must finish before the enumerator is disposed.
                if (!next.IsCompleted)
                {
                    await stopCoding.CancelAsync();
                }

                await Task.WhenAny(next);
            }

            await results.DisposeAsync();
            await writer;
        }

        return StoreFailures > 0 ? ExitCodes.SomeRecordsFailed : reporter.ExitCode;
    }

    /// <summary>Documents coded but refused by the store (each named on standard error).</summary>
    public int StoreFailures { get; private set; }

    private async Task WriteAllAsync(Channel<Batch> batches, CancellationToken cancellationToken)
    {
        await using var stdout = listStored ? Console.OpenStandardOutput() : null;
        await using var list = stdout is null ? null : new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(cancellationToken))
            {
                await FlushAsync(batch, list, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // Stop the coding side too: nothing more can be stored.
            batches.Writer.TryComplete(ex);
            throw;
        }
    }

    private static async Task<bool> ArrivesWithinAsync(Task<bool> next, TimeSpan wait, CancellationToken cancellationToken)
    {
        try
        {
            await next.WaitAsync(wait, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>False once the writer has stopped (its exception is rethrown when the writer task is awaited).</summary>
    private static async Task<bool> WaitToWriteAsync(ChannelWriter<Batch> writer, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WaitToWriteAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }

    private TextWriter problems = TextWriter.Null;

    private async Task FlushAsync(Batch batch, StreamWriter? list, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestOutcome> outcomes;
        try
        {
            outcomes = store is null
                ? batch.Documents.Select(d => new IngestOutcome(d.Metadata.Id, IngestStatus.Stored, 0, d.Events.Count, 0)).ToList()
                : await store.IngestAsync(batch.Documents, cancellationToken);
        }
        catch (StoreException ex)
        {
            throw new FatalCommandException($"storing failed, the last {batch.Count} document(s) were not stored: {ex.Message}");
        }
        catch (System.Data.Common.DbException ex)
        {
            throw new FatalCommandException($"storing failed, the last {batch.Count} document(s) were not stored: {ex.Message}");
        }

        foreach (var outcome in outcomes)
        {
            if (outcome.Stored)
            {
                Counters.Stored++;
                Counters.NewEvents += outcome.NewEvents;
                Counters.MergedEvents += outcome.MergedEvents;
                list?.WriteLine(outcome.DocumentId);
            }
            else if (outcome.Status == IngestStatus.Failed)
            {
                // Refused by the store alone; the rest of its batch is stored and later batches are still tried.
                Counters.Failed++;
                StoreFailures++;
                problems.WriteLine($"annalist: document '{outcome.DocumentId}' was not stored: {outcome.Error}");
            }
            else
            {
                Counters.DuplicatesInBatch++;
            }
        }

        if (list is not null)
        {
            await list.FlushAsync(cancellationToken);
        }

        if (observer is not null)
        {
            await observer.CommittedAsync(batch.Records, outcomes);
        }

        Changed?.Invoke();
    }

    /// <summary>Drops documents the store already holds before they are coded (the write transaction checks again).</summary>
    private IEnumerable<InputRecord> SkipStored(IEnumerable<InputRecord> records)
    {
        foreach (var record in records)
        {
            // Runs on the pipeline's reading thread, which only reads; blocking it on the lookup is fine.
            if (store is not null && record.Document is { } document && store.ContainsAsync(DocumentKey.Of(document)).GetAwaiter().GetResult())
            {
                Counters.SkippedBeforeCoding();
                observer?.Skipped(record);
                continue;
            }

            yield return record;
        }
    }

    /// <summary>Coded documents waiting to be written, with the records they came from.</summary>
    private sealed class Batch(int capacity)
    {
        public List<IngestDocument> Documents { get; } = new(capacity);

        public List<InputRecord> Records { get; } = new(capacity);

        public int Count => Documents.Count;

        public void Add(IngestDocument document, InputRecord record)
        {
            Documents.Add(document);
            Records.Add(record);
        }
    }
}
