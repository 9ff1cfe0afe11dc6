namespace Annalist.Knowledge.Countries;

/// <summary>A country or territory: ISO codes, names, demonyms (adjectives), capitals and a centroid.</summary>
public sealed record Country(
    string Iso3,
    string Iso2,
    string Name,
    string OfficialName,
    IReadOnlyList<string> AlternateNames,
    IReadOnlyList<string> Demonyms,
    IReadOnlyList<string> Capitals,
    double Latitude,
    double Longitude,
    bool Independent,
    string Source);
