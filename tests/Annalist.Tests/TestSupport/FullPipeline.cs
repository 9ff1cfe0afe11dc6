using Annalist.Composition;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Tests.TestSupport;

/// <summary>The shipped pipeline (text, syntax model, coder over the shipped knowledge), built once for all tests.</summary>
internal static class FullPipeline
{
    private static readonly Lazy<AnnotationPipeline> Pipeline = new(() => PipelineFactory.Code());

    public static AnnotationPipeline Instance => Pipeline.Value;

    public static IReadOnlyList<CodedEvent> Code(string text, DateOnly? published = null, string id = "test")
    {
        var document = new Document(text, new DocumentMetadata { Id = id, PublicationDate = published ?? new DateOnly(2024, 11, 22) });
        return Instance.Process(document).GetExtension<DocumentEvents>()?.Events ?? [];
    }
}
