using Annalist.Knowledge.Places;

namespace Annalist.Coding.Places;

/// <summary>The gazetteer places named in each sentence (by sentence index), with their candidate readings: the layer <see cref="PlaceStage"/> writes.</summary>
public sealed record PlaceMentions(IReadOnlyList<IReadOnlyList<PlaceMention>> BySentence)
{
    public static readonly Documents.Layer Layer = new("place-mentions");
}
