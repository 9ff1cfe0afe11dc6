namespace Annalist.Storage.Documents;

/// <summary>
/// The outcome for one document: its store id (the existing one for a duplicate), how many of its
/// coded events became new store events and how many joined events reported by earlier articles.
/// </summary>
public sealed record IngestOutcome(string DocumentId, IngestStatus Status, long StoreId, int NewEvents, int MergedEvents)
{
    public bool Stored => Status == IngestStatus.Stored;
}
