namespace Annalist.Storage.Documents;

/// <summary>
/// The outcome for one document: its store id (the existing one for a duplicate), how many of its
/// coded events became new store events and how many joined events reported by earlier articles.
/// A document that could not be stored has status <see cref="IngestStatus.Failed"/> and the reason in <see cref="Error"/>.
/// </summary>
public sealed record IngestOutcome(string DocumentId, IngestStatus Status, long StoreId, int NewEvents, int MergedEvents)
{
    public bool Stored => Status == IngestStatus.Stored;

    /// <summary>Why the document was not stored (status <see cref="IngestStatus.Failed"/>), else null.</summary>
    public string? Error { get; init; }

    public static IngestOutcome Failure(string documentId, string error) => new(documentId, IngestStatus.Failed, 0, 0, 0) { Error = error };
}
