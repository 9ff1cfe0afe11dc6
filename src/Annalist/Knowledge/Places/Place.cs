namespace Annalist.Knowledge.Places;

/// <summary>
/// A place of the gazetteer: a GeoNames populated place (<see cref="GeonameId"/> set), an admin-1 region or a
/// country (feature codes <c>ADM1</c>, <c>PCLI</c>; no GeoNames id in the shipped extracts). Country is ISO alpha-3.
/// </summary>
public sealed record Place(
    string Name,
    long? GeonameId,
    double Latitude,
    double Longitude,
    string Country,
    string Admin1,
    long Population,
    string FeatureCode,
    IReadOnlyList<string> AlternateNames,
    string Source)
{
    public bool IsCountry => FeatureCode == "PCLI";
}
