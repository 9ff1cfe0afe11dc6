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
/// stays bounded on any input size. Without a store (--dry-run) it codes and counts only.
/// </summary>
internal sealed class IngestRun(IEventStore? store, AnnotationPipeline pipeline, int batchSize, bool listStored)
{
    public IngestCounters Counters { get; } = new();

    /// <summary>Called after every committed batch (updates a progress display); runs on the writer task.</summary>
    public Action? Changed { get; set; }

    public async Task<int> RunAsync(IEnumerable<InputRecord> records, TextWriter problems, CancellationToken cancellationToken)
    {
        this.problems = TextWriter.Synchronized(problems);
        var reporter = new ProblemReporter(this.problems);
        var batches = Channel.CreateBounded<List<IngestDocument>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writer = Task.Run(() => WriteAllAsync(batches, cancellationToken), cancellationToken);
        var batch = new List<IngestDocument>(batchSize);
        try
        {
            await foreach (var result in pipeline.RunAsync(SkipStored(records), cancellationToken: cancellationToken))
            {
                Counters.Coded++;
                reporter.Report(result);
                if (result.Document is not { } document)
                {
                    Counters.Failed++;
                    continue;
                }

                batch.Add(IngestDocument.From(document));
                Counters.AddSentences(document.Sentences.Count);
                if (batch.Count >= batchSize)
                {
                    // Waits only when two batches are already queued: the writer is behind.
                    if (!await WaitToWriteAsync(batches.Writer, cancellationToken) || !batches.Writer.TryWrite(batch))
                    {
                        break;
                    }

                    batch = new List<IngestDocument>(batchSize);
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
            await writer;
        }

        return StoreFailures > 0 ? ExitCodes.SomeRecordsFailed : reporter.ExitCode;
    }

    /// <summary>Documents coded but refused by the store (each named on standard error).</summary>
    public int StoreFailures { get; private set; }

    private async Task WriteAllAsync(Channel<List<IngestDocument>> batches, CancellationToken cancellationToken)
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

    /// <summary>False once the writer has stopped (its exception is rethrown when the writer task is awaited).</summary>
    private static async Task<bool> WaitToWriteAsync(ChannelWriter<List<IngestDocument>> writer, CancellationToken cancellationToken)
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

    private async Task FlushAsync(List<IngestDocument> batch, StreamWriter? list, CancellationToken cancellationToken)
    {
        IReadOnlyList<IngestOutcome> outcomes;
        try
        {
            outcomes = store is null
                ? batch.Select(d => new IngestOutcome(d.Metadata.Id, IngestStatus.Stored, 0, d.Events.Count, 0)).ToList()
                : await store.IngestAsync(batch, cancellationToken);
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
                continue;
            }

            yield return record;
        }
    }
}
