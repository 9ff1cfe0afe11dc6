using Annalist.Events;

namespace Annalist.Storage.Query;

/// <summary>
/// One article's report of a stored event: the coder's full record (<see cref="Record"/>, offsets into
/// that document's text), the document it came from, the sentence that is its evidence, and why it
/// was merged into the event (<see cref="MergeReason"/>).
/// </summary>
public sealed record StoredMention
{
    public required long Id { get; init; }

    public required long EventId { get; init; }

    public required long DocumentStoreId { get; init; }

    public required string DocumentId { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public required string Outlet { get; init; }

    public DateOnly? PublicationDate { get; init; }

    public required int DocumentLength { get; init; }

    public required CodedEvent Record { get; init; }

    public required string EvidenceText { get; init; }

    public required string MergeReason { get; init; }

    public required DateTimeOffset AddedAt { get; init; }
}
