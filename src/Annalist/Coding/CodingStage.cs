using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>The pipeline stage that codes events; it writes only the <see cref="DocumentEvents"/> layer.</summary>
public sealed class CodingStage(EventCoder coder) : IPipelineStage
{
    public string Name => "coding";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.Tags, Layer.Lemmas, Layer.Dependencies];

    public IReadOnlyList<Layer> Produces { get; } = [DocumentEvents.Layer, SentenceActors.Layer];

    public EventCoder Coder => coder;

    public void Process(Document document)
    {
        var actors = new List<IReadOnlyList<ActorMention>>(document.Sentences.Count);
        document.SetExtension(new DocumentEvents(coder.Code(document, actors)));
        document.SetExtension(new SentenceActors(actors));
        document.MarkProduced(DocumentEvents.Layer);
        document.MarkProduced(SentenceActors.Layer);
    }
}
