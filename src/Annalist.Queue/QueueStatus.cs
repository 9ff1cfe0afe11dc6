namespace Annalist.Queue;

/// <summary>
/// A queue at one moment: documents waiting for a first delivery, delivered and not yet
/// acknowledged (in flight), of those the ones delivered more than once, documents given up on
/// (dead letters), and the workers waiting for documents (their open pull requests).
/// </summary>
public sealed record QueueStatus(ulong Pending, ulong InFlight, ulong Redelivered, ulong DeadLettered, ulong StreamMessages, int WaitingWorkers)
{
    /// <summary>Documents not yet done: what a worker fleet still has to code.</summary>
    public ulong Lag => Pending + InFlight;
}
