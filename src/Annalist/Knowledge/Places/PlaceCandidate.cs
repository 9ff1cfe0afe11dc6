namespace Annalist.Knowledge.Places;

/// <summary>A place a name may refer to, with the score it was ranked by (population, feature, country hints).</summary>
public sealed record PlaceCandidate(Place Place, double Score);
