using Annalist.Coding.Actors;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>
/// The event coder as pipeline stages over one document, each writing its own layer: <see cref="ActorStage"/>
/// (actor-mentions), <see cref="DateStage"/> (temporal-expressions), <see cref="PlaceStage"/> (place-mentions),
/// <see cref="EventStage"/> (event-candidates and the typing model's candidate actors) and
/// <see cref="MergeStage"/> (events). Immutable and thread-safe; all per-document state lives in the layers.
/// </summary>
public sealed class EventCoder
{
    public EventCoder(IActorFinder actors, IEventLexicon lexicon, IEventOntology ontology, IPlaceFinder? places, VersionStamp versions, CoderOptions? options = null)
    {
        Options = options ?? CoderOptions.Default;
        Stages = [new DateStage(), new ActorStage(actors), new PlaceStage(places), new EventStage(lexicon, Options), new MergeStage(ontology, versions, Options)];
    }

    public CoderOptions Options { get; }

    /// <summary>The coder's stages in the order they run; they require the syntax layers (tags, lemmas, dependencies).</summary>
    public IReadOnlyList<IPipelineStage> Stages { get; }

    /// <summary>Runs the stages over a parsed document and returns its events (also left in its <see cref="DocumentEvents"/> layer).</summary>
    public IReadOnlyList<CodedEvent> Code(Document document)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
        }

        return document.GetExtension<DocumentEvents>()!.Events;
    }

    /// <summary>The date relative expressions and dated actor entries are read against: the publication date, else today.</summary>
    internal static DateOnly ReferenceDate(Document document) => document.Metadata.PublicationDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
}
