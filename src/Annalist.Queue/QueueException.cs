namespace Annalist.Queue;

/// <summary>The queue cannot be used (server unreachable, JetStream off, a bad address); the message says what to do.</summary>
public sealed class QueueException(string message, Exception? inner = null) : Exception(message, inner);
