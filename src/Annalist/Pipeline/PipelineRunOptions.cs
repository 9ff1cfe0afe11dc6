namespace Annalist.Pipeline;

/// <summary>How <see cref="AnnotationPipeline.RunAsync"/> spreads work: threads, and how many documents may be held at once.</summary>
public sealed record PipelineRunOptions
{
    public static PipelineRunOptions Default { get; } = new();

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Upper bound on documents read but not yet yielded; bounds memory on any input size.</summary>
    public int MaxDocumentsInFlight { get; init; } = Math.Max(4, Environment.ProcessorCount * 4);
}
