namespace Annalist.Queue;

/// <summary>
/// The names and settings of one queue on the server: a work-queue stream of documents (each
/// message stays until a worker acknowledges it), the durable consumer all workers share, and a
/// stream of dead letters (documents that kept failing, with the reason in a header).
/// </summary>
public sealed record QueueTopology
{
    /// <summary>How long JetStream remembers a message id to drop a repeat: a re-run of enqueue within it publishes nothing twice (the store's fingerprint catches the rest).</summary>
    public static readonly TimeSpan DefaultDuplicateWindow = TimeSpan.FromHours(1);

    public QueueTopology(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public string Stream => $"{Name}-documents";

    public string Subject => $"{Name}.documents";

    public string DeadStream => $"{Name}-dead";

    public string DeadSubject => $"{Name}.dead";

    public string Consumer => $"{Name}-workers";

    /// <summary>The advisory JetStream publishes when a message has been delivered MaxDeliver times without an acknowledgement.</summary>
    public string MaxDeliveriesAdvisory => $"$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.{Stream}.{Consumer}";

    public TimeSpan DuplicateWindow { get; init; } = DefaultDuplicateWindow;
}
