using System.Text;
using Annalist.Queue;

namespace Annalist.Tests.Queue;

/// <summary>The queue on a real NATS server (ANNALIST_TEST_NATS), each test on a queue of its own.</summary>
public sealed class DocumentQueueTests
{
    [SkippableFact]
    public async Task A_document_never_acknowledged_goes_to_the_dead_letters_after_the_last_delivery()
    {
        Skip.If(QueueTestServers.SkipReason is not null, QueueTestServers.SkipReason);
        await using var queue = await DocumentQueue.OpenAsync(QueueLocation.Parse(QueueTestServers.NewQueue("dead")));
        await queue.ConfigureWorkersAsync(new WorkerSettings { AckWait = TimeSpan.FromSeconds(1), MaxDeliver = 2 });
        Assert.True(await queue.PublishAsync(Encoding.UTF8.GetBytes("{\"id\":\"crasher\",\"text\":\"Kills every worker.\"}"), "crasher"));
        Assert.False(await queue.PublishAsync(Encoding.UTF8.GetBytes("{\"id\":\"crasher\",\"text\":\"Kills every worker.\"}"), "crasher"));

        using var watching = new CancellationTokenSource(TimeSpan.FromSeconds(40));
        var moved = new TaskCompletionSource<ulong>();
        var watch = queue.WatchMaxDeliveriesAsync((sequence, _) => moved.TrySetResult(sequence), watching.Token);

        // Workers that take the document and die before acknowledging it: each delivery lapses.
        var deliveries = 0;
        while (!moved.Task.IsCompleted && !watching.IsCancellationRequested)
        {
            await foreach (var delivery in queue.FetchAsync(1, TimeSpan.FromSeconds(1), watching.Token))
            {
                deliveries++;
                Assert.Equal(1UL, delivery.Sequence);
            }
        }

        Assert.Equal(1UL, await moved.Task);
        await watching.CancelAsync();
        try
        {
            await watch;
        }
        catch (OperationCanceledException)
        {
        }

        // A delivery can lapse unseen (sent as a fetch expired), so the count seen here may fall short of the server's.
        Assert.InRange(deliveries, 1, 2);

        var letter = Assert.Single(await DeadAsync(queue));
        Assert.Equal(1UL, letter.OriginalSequence);
        Assert.Equal(2, letter.Deliveries);
        Assert.Contains("delivered 2 times without being acknowledged", letter.Reason, StringComparison.Ordinal);
        Assert.Contains("Kills every worker.", Encoding.UTF8.GetString(letter.Data), StringComparison.Ordinal);
        var status = await queue.StatusAsync();
        Assert.Equal((0UL, 0UL, 1UL), (status.StreamMessages, status.InFlight, status.DeadLettered));
    }

    [SkippableFact]
    public async Task Status_counts_pending_and_in_flight_documents()
    {
        Skip.If(QueueTestServers.SkipReason is not null, QueueTestServers.SkipReason);
        await using var queue = await DocumentQueue.OpenAsync(QueueLocation.Parse(QueueTestServers.NewQueue("status")));
        for (var i = 0; i < 5; i++)
        {
            await queue.PublishAsync(Encoding.UTF8.GetBytes($"{{\"text\":\"Document {i}.\"}}"), $"d{i}");
        }

        Assert.Equal(5UL, (await queue.StatusAsync()).Pending);
        await queue.ConfigureWorkersAsync(new WorkerSettings());
        var taken = new List<QueueDelivery>();
        await foreach (var delivery in queue.FetchAsync(2, TimeSpan.FromSeconds(2)))
        {
            taken.Add(delivery);
        }

        var status = await queue.StatusAsync();
        Assert.Equal((3UL, 2UL, 5UL, 5UL), (status.Pending, status.InFlight, status.Lag, status.StreamMessages));
        foreach (var delivery in taken)
        {
            await delivery.AckAsync();
        }

        await Task.Delay(200);
        status = await queue.StatusAsync();
        Assert.Equal((3UL, 0UL, 3UL), (status.Pending, status.InFlight, status.StreamMessages));
    }

    private static async Task<List<DeadLetter>> DeadAsync(DocumentQueue queue)
    {
        var letters = new List<DeadLetter>();
        await foreach (var letter in queue.ReadDeadLettersAsync())
        {
            letters.Add(letter);
        }

        return letters;
    }
}
