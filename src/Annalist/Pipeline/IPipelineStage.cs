using Annalist.Documents;

namespace Annalist.Pipeline;

/// <summary>
/// One step of the pipeline: takes a document, adds its layers, returns. A stage is built once and
/// shared by every thread, so it must be thread-safe (immutable models, per-thread scratch space).
/// </summary>
public interface IPipelineStage
{
    /// <summary>Short name used in messages and in the pipeline description.</summary>
    string Name { get; }

    /// <summary>Layers that must exist before the stage runs.</summary>
    IReadOnlyList<Layer> Requires { get; }

    /// <summary>Layers the stage adds; it writes nothing else.</summary>
    IReadOnlyList<Layer> Produces { get; }

    void Process(Document document);
}
