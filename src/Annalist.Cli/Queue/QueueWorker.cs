using System.Collections.Concurrent;
using Annalist.Cli.Ingest;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Queue;
using Annalist.Storage.Documents;

namespace Annalist.Cli.Queue;

/// <summary>
/// Feeds an <see cref="IngestRun"/> from the queue and answers for every delivery: acknowledged
/// once its document is committed (or found stored already), given back for a later try when
/// coding failed, moved to the dead letters with the reason when it cannot be read or failed on its
/// last allowed delivery. While a document is held, its acknowledgement timer is restarted
/// regularly, so a slow batch is not redelivered but a killed worker's documents are.
/// </summary>
internal sealed class QueueWorker(DocumentQueue queue, InputReader reader, WorkerSettings settings, int fetchSize, TextWriter log) : IIngestObserver
{
    private static readonly TimeSpan FetchWait = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<InputRecord, QueueDelivery> held = new(ReferenceEqualityComparer.Instance);
    private int acknowledged;
    private int retried;
    private int deadLettered;

    public int Acknowledged => Volatile.Read(ref acknowledged);

    public int Retried => Volatile.Read(ref retried);

    public int DeadLettered => Volatile.Read(ref deadLettered);

    /// <summary>Documents delivered to this worker and not yet answered for.</summary>
    public int Held => held.Count;

    /// <summary>
    /// The documents of the queue, as they arrive, until <paramref name="stopping"/> (after which the
    /// run finishes what it holds) or, with <paramref name="untilEmpty"/>, until no worker has
    /// anything left to do. Runs on the pipeline's reading thread, which may block.
    /// </summary>
    public IEnumerable<InputRecord> Records(bool untilEmpty, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            // The whole fetch is taken (and held, so its acknowledgement timers are renewed) before the
            // pipeline reads the first of it: documents waiting in the client's buffer must not lapse.
            var fetched = Fetch();
            foreach (var record in fetched)
            {
                yield return record;
            }

            if (fetched.Count == 0 && untilEmpty && !stopping.IsCancellationRequested)
            {
                var status = queue.StatusAsync(CancellationToken.None).GetAwaiter().GetResult();
                if (status.Pending == 0 && status.InFlight <= (ulong)held.Count)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>One fetch from the queue: readable documents are held and returned; unreadable ones go to the dead letters.</summary>
    private List<InputRecord> Fetch()
    {
        var records = new List<InputRecord>();

        // Not cancelled by a stop: documents already sent to this worker are taken and finished.
        var deliveries = queue.FetchAsync(fetchSize, FetchWait, CancellationToken.None).GetAsyncEnumerator(CancellationToken.None);
        try
        {
            while (deliveries.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                var delivery = deliveries.Current;
                var record = DocumentMessage.Decode(delivery.Data.Span, $"{queue.Topology.Name}#{delivery.Sequence}", reader);
                if (record.Document is null)
                {
                    // Cannot be read, and never will be: no retry.
                    var reason = string.Join("; ", record.Problems.Select(p => p.Message));
                    log.WriteLine($"annalist: {queue.Topology.Name}#{delivery.Sequence}: {reason}; moved to the dead letters");
                    queue.DeadLetterAsync(delivery, $"unreadable: {reason}", CancellationToken.None).GetAwaiter().GetResult();
                    Interlocked.Increment(ref deadLettered);
                    continue;
                }

                held[record] = delivery;
                records.Add(record);
            }
        }
        finally
        {
            deliveries.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return records;
    }

    /// <summary>Until cancelled: restarts the acknowledgement timer of every document held, a few times per wait.</summary>
    public async Task KeepAliveAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(settings.AckWait / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var delivery in held.Values)
                {
                    await delivery.InProgressAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Skipped(InputRecord record)
    {
        if (held.TryRemove(record, out var delivery))
        {
            delivery.AckAsync().AsTask().GetAwaiter().GetResult();
            Interlocked.Increment(ref acknowledged);
        }
    }

    public async ValueTask FailedAsync(PipelineResult result)
    {
        if (!held.TryRemove(result.Input, out var delivery))
        {
            return;
        }

        var reason = string.Join("; ", result.AllProblems().Select(p => p.Message));
        if (delivery.Deliveries >= settings.MaxDeliver)
        {
            await queue.DeadLetterAsync(delivery, $"failed on each of {delivery.Deliveries} deliveries, last: {reason}");
            Interlocked.Increment(ref deadLettered);
            await log.WriteLineAsync($"annalist: {queue.Topology.Name}#{delivery.Sequence}: failed {delivery.Deliveries} times; moved to the dead letters");
        }
        else
        {
            // Perhaps the machine, not the document: another worker tries again a little later.
            await delivery.RetryLaterAsync(TimeSpan.FromSeconds(5 * delivery.Deliveries));
            Interlocked.Increment(ref retried);
        }
    }

    public async ValueTask CommittedAsync(IReadOnlyList<InputRecord> records, IReadOnlyList<IngestOutcome> outcomes)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (!held.TryRemove(records[i], out var delivery))
            {
                continue;
            }

            // The store refuses a document for what it holds (text no store can keep): a redelivery would be refused
            // again, so it goes to the dead letters with the store's reason instead of being acknowledged as stored.
            if (outcomes.Count == records.Count && outcomes[i] is { Status: IngestStatus.Failed } refused)
            {
                await queue.DeadLetterAsync(delivery, $"refused by the store: {refused.Error}");
                Interlocked.Increment(ref deadLettered);
                await log.WriteLineAsync($"annalist: {queue.Topology.Name}#{delivery.Sequence}: refused by the store; moved to the dead letters");
                continue;
            }

            await delivery.AckAsync();
            Interlocked.Increment(ref acknowledged);
        }
    }
}
