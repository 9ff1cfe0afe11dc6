using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Storage;
using Annalist.Storage.Documents;

namespace Annalist.Cli.Ingest;

/// <summary>
/// One ingest: reads records lazily, drops those already in the store, codes the rest on all cores
/// (the pipeline bounds how many are in flight), and writes them in batches of a fixed size, so
/// memory stays bounded on any input size.
/// </summary>
internal sealed class IngestRun(IEventStore store, AnnotationPipeline pipeline, int batchSize, bool listStored)
{
    public IngestCounters Counters { get; } = new();

    /// <summary>Called after every committed batch (updates a progress display).</summary>
    public Action? Changed { get; set; }

    public async Task<int> RunAsync(IEnumerable<InputRecord> records, TextWriter problems, CancellationToken cancellationToken)
    {
        var reporter = new ProblemReporter(problems);
        var batch = new List<IngestDocument>(batchSize);
        var sentences = 0;
        await using var stdout = listStored ? Console.OpenStandardOutput() : null;
        await using var list = stdout is null ? null : new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
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
            sentences += document.Sentences.Count;
            if (batch.Count >= batchSize)
            {
                await FlushAsync(batch, list, cancellationToken);
                Counters.Sentences += sentences;
                sentences = 0;
            }
        }

        await FlushAsync(batch, list, cancellationToken);
        Counters.Sentences += sentences;
        return reporter.ExitCode;
    }

    private async Task FlushAsync(List<IngestDocument> batch, StreamWriter? list, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        IReadOnlyList<IngestOutcome> outcomes;
        try
        {
            outcomes = await store.IngestAsync(batch, cancellationToken);
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
            else
            {
                Counters.DuplicatesInBatch++;
            }
        }

        if (list is not null)
        {
            await list.FlushAsync(cancellationToken);
        }

        batch.Clear();
        Changed?.Invoke();
    }

    /// <summary>Drops documents the store already holds before they are coded (the write transaction checks again).</summary>
    private IEnumerable<InputRecord> SkipStored(IEnumerable<InputRecord> records)
    {
        foreach (var record in records)
        {
            // Runs on the pipeline's reading thread, which only reads; blocking it on the lookup is fine.
            if (record.Document is { } document && store.ContainsAsync(DocumentKey.Of(document)).GetAwaiter().GetResult())
            {
                Counters.SkippedBeforeCoding();
                continue;
            }

            yield return record;
        }
    }
}
