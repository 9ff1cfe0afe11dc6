namespace Annalist.Coding;

/// <summary>
/// Every event mention the rules read in the document, in sentence order, before mentions of one event are merged:
/// the layer <see cref="EventStage"/> writes and <see cref="MergeStage"/> turns into records.
/// </summary>
internal sealed record EventCandidates(IReadOnlyList<EventCandidate> Candidates)
{
    public static readonly Documents.Layer Layer = new("event-candidates");
}
