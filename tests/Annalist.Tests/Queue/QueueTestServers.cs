namespace Annalist.Tests.Queue;

/// <summary>
/// The NATS server (with JetStream) the queue tests use, named by ANNALIST_TEST_NATS
/// (scripts/test.sh starts one through scripts/setup.d/nats.sh). Each test uses a queue of its own
/// name, so tests never see each other's documents. Without the variable the queue tests skip.
/// </summary>
internal static class QueueTestServers
{
    public const string Variable = "ANNALIST_TEST_NATS";

    public static string? Nats { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url.TrimEnd('/') : null;

    public static string? SkipReason => Nats is null
        ? $"queue tests need a NATS server with JetStream: set {Variable}=nats://host:port (scripts/test.sh starts one with scripts/setup.d/nats.sh)"
        : null;

    /// <summary>A queue address on the test server with a name no other test uses.</summary>
    public static string NewQueue(string purpose) => $"{Nats}/{purpose}-{Guid.NewGuid():N}";
}
