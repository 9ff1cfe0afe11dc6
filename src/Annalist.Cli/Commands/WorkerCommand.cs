using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Annalist.Cli.Ingest;
using Annalist.Cli.Queue;
using Annalist.Composition;
using Annalist.Queue;
using Annalist.Storage;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist worker`: takes documents from the queue in batches, codes them on all cores and stores
/// them with the same ingest as `annalist ingest` (a document already stored is skipped); each
/// delivery is acknowledged only after its batch commits. Run any number, on any machines. SIGTERM
/// or Ctrl-C stops taking documents and finishes those in hand; a second signal abandons them
/// (they are redelivered to another worker).
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var queueOption = new QueueOption();
        var store = new StoreOption();
        var merge = new MergeOptions();
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction (and per fetch from the queue).", DefaultValueFactory = _ => 100 }.AtLeastOne();
        var ackWait = new Option<int>("--ack-wait") { Description = "Seconds a delivery may go unacknowledged (the worker renews it while coding) before another worker gets it: how long a killed worker's documents wait.", DefaultValueFactory = _ => 30 }.AtLeastOne();
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Deliveries of one document before it is moved to the dead letters with its reason.", DefaultValueFactory = _ => 5 }.AtLeastOne();
        var logEvery = new Option<int>("--log-every") { Description = "Seconds between status lines on standard error (documents/s, queue lag, failures); 0 for none.", DefaultValueFactory = _ => 10 };
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop once the queue is empty and no worker holds a document (for batch jobs and tests); default: wait for more." };
        var command = new Command("worker", "Code documents from the work queue (see enqueue) and store them; run as many as you like, on any machines.");
        queueOption.AddTo(command);
        store.AddTo(command);
        command.Options.Add(batchSize);
        command.Options.Add(ackWait);
        command.Options.Add(maxDeliver);
        command.Options.Add(logEvery);
        command.Options.Add(untilEmpty);
        merge.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var pipeline = PipelineFactory.Code();
            var settings = new WorkerSettings { AckWait = TimeSpan.FromSeconds(parsed.GetValue(ackWait)), MaxDeliver = parsed.GetValue(maxDeliver) };
            await using var queue = await queueOption.OpenAsync(parsed, cancellationToken);
            try
            {
                await queue.ConfigureWorkersAsync(settings, cancellationToken);
            }
            catch (QueueException ex)
            {
                throw new FatalCommandException(ex.Message);
            }

            await using var eventStore = await store.OpenAsync(parsed, StoreOpenMode.CreateOrMigrate, merge.Rule(parsed), cancellationToken);

            using var stopping = new CancellationTokenSource();
            using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            void OnSignal(PosixSignalContext context)
            {
                context.Cancel = true;
                if (!stopping.IsCancellationRequested)
                {
                    Console.Error.WriteLine($"worker: {context.Signal}: finishing the documents in hand, then stopping (signal again to abandon them)");
                    stopping.Cancel();
                }
                else
                {
                    abandon.Cancel();
                }
            }

            using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

            var worker = new QueueWorker(queue, new Annalist.Input.InputReader(), settings, parsed.GetValue(batchSize), Console.Error);
            var run = new IngestRun(eventStore, pipeline, parsed.GetValue(batchSize), listStored: false, worker) { FlushWhenIdle = TimeSpan.FromSeconds(1) };
            using var background = CancellationTokenSource.CreateLinkedTokenSource(abandon.Token);
            var keepAlive = worker.KeepAliveAsync(background.Token);
            var deadWatch = WatchDeadAsync(queue, background.Token);
            var status = StatusLinesAsync(queue, run, worker, parsed.GetValue(logEvery), background.Token);
            await Console.Error.WriteLineAsync($"worker: taking documents from {queue.Location} into {eventStore.Location} (batches of {parsed.GetValue(batchSize)}, {Environment.ProcessorCount} cores)");
            int exit;
            try
            {
                exit = await run.RunAsync(worker.Records(parsed.GetValue(untilEmpty), stopping.Token), Console.Error, abandon.Token);
            }
            catch (Exception ex) when (ex is QueueException or NATS.Client.Core.NatsException)
            {
                // Whatever this worker held is redelivered to another once its acknowledgement wait lapses.
                throw new FatalCommandException($"the queue failed, documents not yet acknowledged go to other workers: {ex.Message}");
            }
            finally
            {
                await background.CancelAsync();
                await Task.WhenAll(keepAlive, deadWatch, status);
            }

            await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"worker: done: {run.Counters.Stored:N0} stored, {run.Counters.AlreadyStored:N0} already stored, {run.Counters.Failed:N0} failed ({worker.Retried:N0} given back for a retry, {worker.DeadLettered:N0} moved to the dead letters); {worker.Acknowledged:N0} acknowledged; {run.Counters.Elapsed.TotalSeconds:F1} s"));
            return worker.DeadLettered > 0 ? ExitCodes.SomeRecordsFailed : exit;
        });
        return command;
    }

    private static async Task WatchDeadAsync(DocumentQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            await queue.WatchMaxDeliveriesAsync((sequence, reason) => Console.Error.WriteLine($"annalist: {queue.Topology.Name}#{sequence}: {reason}; moved to the dead letters"), cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>A line every few seconds: throughput over the last period and overall, the queue's lag, failures.</summary>
    private static async Task StatusLinesAsync(DocumentQueue queue, IngestRun run, QueueWorker worker, int seconds, CancellationToken cancellationToken)
    {
        if (seconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        var lastDone = 0;
        var lastTime = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var counters = run.Counters;
                var done = counters.Stored + counters.AlreadyStored;
                var now = counters.Elapsed;
                var recent = (done - lastDone) / Math.Max(0.001, (now - lastTime).TotalSeconds);
                (lastDone, lastTime) = (done, now);
                string lag;
                try
                {
                    var status = await queue.StatusAsync(cancellationToken);
                    lag = string.Create(CultureInfo.InvariantCulture, $"queue lag {status.Lag:N0} ({status.Pending:N0} pending, {status.InFlight:N0} in flight, {status.Redelivered:N0} redelivered), {status.DeadLettered:N0} dead letters");
                }
                catch (QueueException ex)
                {
                    lag = $"queue status unavailable: {ex.Message}";
                }

                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"worker: {counters.Stored:N0} stored, {counters.AlreadyStored:N0} already stored, {counters.Failed:N0} failed, {worker.DeadLettered:N0} dead-lettered; {recent:N1} docs/s (last {seconds} s), {done / Math.Max(0.001, now.TotalSeconds):N1} overall; {worker.Held:N0} held; {lag}"));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
