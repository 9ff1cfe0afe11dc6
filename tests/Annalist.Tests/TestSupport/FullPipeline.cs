using Annalist.Composition;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Tests.TestSupport;

/// <summary>
/// The shipped pipeline (text, syntax model, coder over the shipped knowledge), built once for all tests: rules only
/// (<c>--fast</c>), as the rule specs describe them; <see cref="WithModel"/> adds the event-typing model.
/// </summary>
internal static class FullPipeline
{
    private static readonly Lazy<AnnotationPipeline> Pipeline = new(() => PipelineFactory.Code(fast: true));
    private static readonly Lazy<AnnotationPipeline> Typed = new(() => PipelineFactory.Code());

    public static AnnotationPipeline Instance => Pipeline.Value;

    /// <summary>Rules, then the event-typing model (what `annalist code` runs).</summary>
    public static AnnotationPipeline WithModel => Typed.Value;

    public static IReadOnlyList<CodedEvent> Code(string text, DateOnly? published = null, string id = "test", bool model = false)
    {
        var document = new Document(text, new DocumentMetadata { Id = id, PublicationDate = published ?? new DateOnly(2024, 11, 22) });
        return (model ? WithModel : Instance).Process(document).GetExtension<DocumentEvents>()?.Events ?? [];
    }
}
