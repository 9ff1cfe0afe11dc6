using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Coding.Dates;

/// <summary>Finds and resolves the temporal expressions of each sentence ("this Friday (22)", "last week"): writes <see cref="TemporalMentions"/>.</summary>
public sealed class DateStage : IPipelineStage
{
    public string Name => "dates";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [TemporalMentions.Layer];

    public void Process(Document document)
    {
        var reference = EventCoder.ReferenceDate(document);
        document.SetExtension(new TemporalMentions([.. document.Sentences.Select(s => TemporalExpressionFinder.Find(document, s, reference))]));
        document.MarkProduced(TemporalMentions.Layer);
    }
}
