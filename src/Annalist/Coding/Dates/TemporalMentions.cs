namespace Annalist.Coding.Dates;

/// <summary>The temporal expressions of each sentence (by sentence index), resolved against the publication date: the layer <see cref="DateStage"/> writes.</summary>
public sealed record TemporalMentions(IReadOnlyList<IReadOnlyList<TemporalExpression>> BySentence)
{
    public static readonly Documents.Layer Layer = new("temporal-expressions");
}
