namespace Annalist.Queue;

/// <summary>How the shared consumer hands out documents; every worker sets the same, the last one started wins.</summary>
public sealed record WorkerSettings
{
    /// <summary>Unacknowledged this long, a delivery is given to another worker. Workers report progress on documents they hold, so this bounds how long a killed worker's documents wait, not how long coding may take.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries of one document before it goes to the dead letters.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>Documents delivered and not yet acknowledged, across all workers.</summary>
    public int MaxAckPending { get; init; } = 20_000;
}
