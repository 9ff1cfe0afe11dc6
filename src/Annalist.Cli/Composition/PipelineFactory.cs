using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Syntax;
using Annalist.Text;

namespace Annalist.Cli.Composition;

/// <summary>Composes the pipelines the commands run. The one place that decides which stages exist.</summary>
internal static class PipelineFactory
{
    private static readonly Lazy<SyntaxModel> Syntax = new(() => SyntaxModel.LoadDefault());

    /// <summary>Text layer, then tagging, lemmatization and parsing: what `annalist parse` runs.</summary>
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

        foreach (var stage in Syntax.Value.Stages())
        {
            builder.Add(stage);
        }

        return builder.Build();
    }
}
