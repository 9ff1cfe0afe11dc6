using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>Mutable builder of an immutable <see cref="AnnotationPipeline"/>; checks stage order once, at build time.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> stages = [];
    private readonly HashSet<Layer> inputLayers = [Layer.Text];

    /// <summary>Declares layers the input documents already carry (e.g. tokens and sentences of pre-tokenized CoNLL-U).</summary>
    public PipelineBuilder WithInputLayers(params Layer[] layers)
    {
        inputLayers.UnionWith(layers);
        return this;
    }

    public PipelineBuilder Add(IPipelineStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        stages.Add(stage);
        return this;
    }

    public AnnotationPipeline Build()
    {
        var available = new HashSet<Layer>(inputLayers);
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(layer => !available.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new PipelineConfigurationException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing)}, which no earlier stage produces.");
            }

            available.UnionWith(stage.Produces);
        }

        return new AnnotationPipeline([.. stages]);
    }
}
