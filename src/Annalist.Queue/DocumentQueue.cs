using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Annalist.Queue;

/// <summary>
/// A queue of documents in NATS JetStream. Opening it connects and creates (or updates) its two
/// streams: the documents, a work queue (a message lives until a worker acknowledges it; a message
/// id seen within the duplicate window is dropped), and the dead letters. Workers share one durable
/// consumer with explicit acknowledgement, redelivery after the acknowledgement wait and at most
/// <see cref="WorkerSettings.MaxDeliver"/> deliveries.
/// </summary>
public sealed class DocumentQueue : IAsyncDisposable
{
    public const string ReasonHeader = "Annalist-Reason";
    public const string SequenceHeader = "Annalist-Sequence";
    public const string DeliveriesHeader = "Annalist-Deliveries";

    private readonly NatsConnection connection;
    private readonly NatsJSContext jetStream;

    private DocumentQueue(QueueLocation location, NatsConnection connection, QueueTopology topology)
    {
        Location = location;
        Topology = topology;
        this.connection = connection;
        jetStream = new NatsJSContext(connection);
    }

    public QueueLocation Location { get; }

    public QueueTopology Topology { get; }

    public static async Task<DocumentQueue> OpenAsync(QueueLocation location, TimeSpan? duplicateWindow = null, CancellationToken cancellationToken = default)
    {
        var connection = new NatsConnection(new NatsOpts { Url = location.ServerUrls, Name = "annalist", ConnectTimeout = TimeSpan.FromSeconds(10), RequestTimeout = TimeSpan.FromSeconds(30) });
        var queue = new DocumentQueue(location, connection, new QueueTopology(location.Name) { DuplicateWindow = duplicateWindow ?? QueueTopology.DefaultDuplicateWindow });
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            await queue.EnsureStreamsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NatsException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new QueueException($"cannot use the queue {location}: {ex.Message}{(ex is NatsJSApiNoResponseException ? " (is JetStream enabled? start the server with nats-server -js)" : string.Empty)}", ex);
        }

        return queue;
    }

    /// <summary>Publishes one document; false when the stream dropped it as a repeat of a message id seen within the duplicate window.</summary>
    public async Task<bool> PublishAsync(byte[] message, string messageId, CancellationToken cancellationToken = default)
    {
        var ack = await Call(() => jetStream.PublishAsync(Topology.Subject, message, opts: new NatsJSPubOpts { MsgId = messageId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (ack.Duplicate)
        {
            return false;
        }

        ack.EnsureSuccess();
        return true;
    }

    /// <summary>Creates or updates the workers' shared consumer with these settings.</summary>
    public async Task ConfigureWorkersAsync(WorkerSettings settings, CancellationToken cancellationToken = default)
    {
        var config = new ConsumerConfig(Topology.Consumer)
        {
            AckPolicy = ConsumerConfigAckPolicy.Explicit,
            AckWait = settings.AckWait,
            MaxDeliver = settings.MaxDeliver,
            MaxAckPending = settings.MaxAckPending,
            FilterSubject = Topology.Subject,
            Description = "Annalist coding workers",
        };
        await Call(() => jetStream.CreateOrUpdateConsumerAsync(Topology.Stream, config, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Up to <paramref name="max"/> deliveries, waiting at most <paramref name="wait"/> for the first.</summary>
    public async IAsyncEnumerable<QueueDelivery> FetchAsync(int max, TimeSpan wait, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var consumer = await Call(() => jetStream.GetConsumerAsync(Topology.Stream, Topology.Consumer, cancellationToken)).ConfigureAwait(false);
        await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = max, Expires = wait }, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return new QueueDelivery(message);
        }
    }

    /// <summary>Moves a delivered document to the dead letters with its reason, then removes it from the work queue.</summary>
    public async Task DeadLetterAsync(QueueDelivery delivery, string reason, CancellationToken cancellationToken = default)
    {
        await PublishDeadAsync(delivery.Data.ToArray(), delivery.Sequence, delivery.Deliveries, reason, cancellationToken).ConfigureAwait(false);
        await delivery.AckAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Until cancelled: moves to the dead letters every document JetStream reports as delivered the
    /// maximum number of times without an acknowledgement (a document that kills or stalls every
    /// worker that takes it). Workers listen in one queue group, so one of them handles each report.
    /// </summary>
    public async Task WatchMaxDeliveriesAsync(Action<ulong, string>? moved = null, CancellationToken cancellationToken = default)
    {
        await foreach (var advisory in connection.SubscribeAsync<byte[]>(Topology.MaxDeliveriesAdvisory, queueGroup: Topology.Consumer + "-dead", cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (advisory.Data is not { } data)
            {
                continue;
            }

            ulong sequence;
            long deliveries;
            using (var json = JsonDocument.Parse(data))
            {
                sequence = json.RootElement.GetProperty("stream_seq").GetUInt64();
                deliveries = json.RootElement.TryGetProperty("deliveries", out var d) ? d.GetInt64() : 0;
            }

            var reason = string.Create(CultureInfo.InvariantCulture, $"delivered {deliveries} times without being acknowledged: every worker that took it crashed, stalled past the acknowledgement wait or gave it back");
            try
            {
                var stream = await jetStream.GetStreamAsync(Topology.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
                var stored = await stream.GetAsync(new StreamMsgGetRequest { Seq = sequence }, cancellationToken).ConfigureAwait(false);
                var payload = stored.Message.Data.ToArray();
                await PublishDeadAsync(payload, sequence, deliveries, reason, cancellationToken).ConfigureAwait(false);
                await stream.DeleteMessageAsync(new StreamMsgDeleteRequest { Seq = sequence }, cancellationToken).ConfigureAwait(false);
                moved?.Invoke(sequence, reason);
            }
            catch (NatsJSApiException ex) when (ex.Error.Code == 404)
            {
                // Acknowledged or moved by another worker in the meantime.
            }
        }
    }

    public async Task<QueueStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var stream = await Call(() => jetStream.GetStreamAsync(Topology.Stream, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var dead = await Call(() => jetStream.GetStreamAsync(Topology.DeadStream, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var messages = (ulong)stream.Info.State.Messages;
        var deadLetters = (ulong)dead.Info.State.Messages;
        try
        {
            var consumer = await jetStream.GetConsumerAsync(Topology.Stream, Topology.Consumer, cancellationToken).ConfigureAwait(false);
            var info = consumer.Info;
            return new QueueStatus(info.NumPending, (ulong)info.NumAckPending, (ulong)info.NumRedelivered, deadLetters, messages, info.NumWaiting);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            // No worker has started yet: everything in the stream is pending.
            return new QueueStatus(messages, 0, 0, deadLetters, messages, 0);
        }
    }

    /// <summary>The dead letters in the order they were given up on.</summary>
    public async IAsyncEnumerable<DeadLetter> ReadDeadLettersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var dead = await Call(() => jetStream.GetStreamAsync(Topology.DeadStream, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (dead.Info.State.Messages == 0)
        {
            yield break;
        }

        var last = dead.Info.State.LastSeq;
        var consumer = await jetStream.CreateOrderedConsumerAsync(Topology.DeadStream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var headers = message.Headers;
            string Header(string name) => headers is not null && headers.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
            var sequence = message.Metadata?.Sequence.Stream ?? 0;
            yield return new DeadLetter(
                sequence,
                ulong.TryParse(Header(SequenceHeader), CultureInfo.InvariantCulture, out var original) ? original : 0,
                Header(ReasonHeader),
                long.TryParse(Header(DeliveriesHeader), CultureInfo.InvariantCulture, out var deliveries) ? deliveries : 0,
                message.Data ?? []);
            if (sequence >= last)
            {
                yield break;
            }
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task PublishDeadAsync(byte[] payload, ulong sequence, long deliveries, string reason, CancellationToken cancellationToken)
    {
        var headers = new NatsHeaders
        {
            [ReasonHeader] = reason.ReplaceLineEndings(" "),
            [SequenceHeader] = sequence.ToString(CultureInfo.InvariantCulture),
            [DeliveriesHeader] = deliveries.ToString(CultureInfo.InvariantCulture),
        };
        var ack = await jetStream.PublishAsync(Topology.DeadSubject, payload, headers: headers, opts: new NatsJSPubOpts { MsgId = $"dead-{sequence}" }, cancellationToken: cancellationToken).ConfigureAwait(false);
        // A duplicate means another worker moved this delivery already: nothing to do.
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }
    }

    private async Task EnsureStreamsAsync(CancellationToken cancellationToken)
    {
        await EnsureStreamAsync(Topology.Stream, Topology.Subject, "Annalist documents waiting to be coded", StreamConfigRetention.Workqueue, cancellationToken).ConfigureAwait(false);
        await EnsureStreamAsync(Topology.DeadStream, Topology.DeadSubject, "Annalist documents that kept failing, with the reason", StreamConfigRetention.Limits, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureStreamAsync(string name, string subject, string description, StreamConfigRetention retention, CancellationToken cancellationToken) =>
        await jetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(name, [subject])
            {
                Description = description,
                Retention = retention,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = Topology.DuplicateWindow,
            },
            cancellationToken).ConfigureAwait(false);

    private async ValueTask<T> Call<T>(Func<ValueTask<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            throw new QueueException($"the queue {Location} has no {(ex.Error.Description?.Contains("consumer", StringComparison.OrdinalIgnoreCase) == true ? "workers' consumer (start a worker first)" : "stream")}: {ex.Error.Description}", ex);
        }
        catch (NatsException ex)
        {
            throw new QueueException($"queue {Location}: {ex.Message}", ex);
        }
    }
}
