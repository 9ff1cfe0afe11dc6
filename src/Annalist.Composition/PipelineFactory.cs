using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Text;

namespace Annalist.Composition;

/// <summary>
/// Composes the pipelines the applications run (the <c>annalist</c> commands and <c>annalist serve</c>).
/// The one place that decides which stages exist, shared by both composition roots.
/// </summary>
public static class PipelineFactory
{
    /// <summary>Text layer, then whatever syntax is available: what `annalist parse` runs.</summary>
    public static AnnotationPipeline Parse(bool pretokenized)
    {
        var builder = new PipelineBuilder();
        if (pretokenized)
        {
            builder.WithInputLayers(Layer.Tokens, Layer.Sentences);
        }
        else
        {
            builder.Add(new TextSegmentationStage());
        }

        return builder.Build();
    }

    /// <summary>
    /// What `annalist code` and `annalist ingest` run: every stage up to the event coder, whose stage
    /// sets the <see cref="Annalist.Events.DocumentEvents"/> layer that ingest reads. Until the coder
    /// exists this is the text layer alone (documents are stored, with no events).
    /// </summary>
    public static AnnotationPipeline Code()
    {
        return new PipelineBuilder()
            .Add(new TextSegmentationStage())
            .Build();
    }
}
