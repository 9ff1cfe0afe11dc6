using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>
/// Merges the mentions of one event in the document (headline and body, an agentless passive restating an act;
/// <see cref="MentionMerger"/>) and builds the records, in document order, with both ontologies
/// (<see cref="EventRecords"/>): writes <see cref="DocumentEvents"/>.
/// </summary>
public sealed class MergeStage(IEventOntology ontology, VersionStamp versions, CoderOptions options) : IPipelineStage
{
    public string Name => "merge";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, EventCandidates.Layer];

    public IReadOnlyList<Layer> Produces { get; } = [DocumentEvents.Layer];

    public void Process(Document document)
    {
        var candidates = document.GetExtension<EventCandidates>()?.Candidates ?? [];
        var withActors = candidates.Where(c => !c.Agentless).ToList();
        var groups = options.MergeMentions ? MentionMerger.Merge(withActors) : withActors.Select(c => (IReadOnlyList<EventCandidate>)[c]).ToList();
        MentionMerger.AttachAgentless(groups, candidates.Where(c => c.Agentless));

        // Events in document order (of their first mention): agentless violence becomes an event of its own last.
        var events = new List<CodedEvent>(groups.Count);
        foreach (var group in groups.OrderBy(g => g[0].Sentence).ThenBy(g => g[0].Trigger))
        {
            if (EventRecords.Build(document, group, events.Count, ontology, versions, options) is { } coded)
            {
                events.Add(coded);
            }
        }

        document.SetExtension(new DocumentEvents(events));
        document.MarkProduced(DocumentEvents.Layer);
    }
}
