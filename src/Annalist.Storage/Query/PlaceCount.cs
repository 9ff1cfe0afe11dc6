namespace Annalist.Storage.Query;

/// <summary>
/// The events matching a query at one gazetteer place, with how many fall in each QuadClass.
/// <see cref="Precision"/> says what the point stands for: a city (a GeoNames place), an admin-1
/// region, or a whole country (drawn at its centroid).
/// </summary>
public sealed record PlaceCount(
    string Name,
    string Country,
    string Admin1,
    long GeonameId,
    double Latitude,
    double Longitude,
    long Events,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict)
{
    public PlacePrecision Precision => GeonameId > 0 ? PlacePrecision.City : Admin1.Length > 0 ? PlacePrecision.Admin : PlacePrecision.Country;
}
