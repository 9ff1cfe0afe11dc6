namespace Annalist.Queue;

/// <summary>A document given up on: its message as published, why, and how often it was delivered.</summary>
public sealed record DeadLetter(ulong Sequence, ulong OriginalSequence, string Reason, long Deliveries, byte[] Data);
