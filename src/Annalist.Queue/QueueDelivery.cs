using NATS.Client.JetStream;

namespace Annalist.Queue;

/// <summary>One delivery of a document to this worker; acknowledge it only once its document is committed.</summary>
public sealed class QueueDelivery
{
    private readonly INatsJSMsg<byte[]> message;

    internal QueueDelivery(INatsJSMsg<byte[]> message)
    {
        this.message = message;
    }

    /// <summary>The document's place in the stream (stable across deliveries).</summary>
    public ulong Sequence => message.Metadata?.Sequence.Stream ?? 0;

    /// <summary>1 on the first delivery.</summary>
    public long Deliveries => (long)(message.Metadata?.NumDelivered ?? 1);

    public ReadOnlyMemory<byte> Data => message.Data ?? [];

    /// <summary>Done: the stream forgets the document.</summary>
    public ValueTask AckAsync(CancellationToken cancellationToken = default) => message.AckAsync(cancellationToken: cancellationToken);

    /// <summary>Not done here: deliver it again (to any worker) after <paramref name="delay"/>.</summary>
    public ValueTask RetryLaterAsync(TimeSpan delay, CancellationToken cancellationToken = default) =>
        message.NakAsync(new AckOpts { NakDelay = delay }, cancellationToken);

    /// <summary>Still working on it: restarts the acknowledgement timer.</summary>
    public ValueTask InProgressAsync(CancellationToken cancellationToken = default) => message.AckProgressAsync(cancellationToken: cancellationToken);
}
