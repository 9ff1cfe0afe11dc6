namespace Annalist.Storage.Documents;

/// <summary>What the store did with one document of a batch.</summary>
public enum IngestStatus
{
    /// <summary>Stored with its events (committed with the batch).</summary>
    Stored,

    /// <summary>A document with the same URL was already stored; nothing was written.</summary>
    DuplicateUrl,

    /// <summary>A document with the same normalised text was already stored; nothing was written.</summary>
    DuplicateText,

    /// <summary>The document could not be stored (its <see cref="IngestOutcome.Error"/> says why); nothing of it was written, the rest of the batch was.</summary>
    Failed,
}
