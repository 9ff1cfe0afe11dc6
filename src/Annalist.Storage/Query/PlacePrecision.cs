namespace Annalist.Storage.Query;

/// <summary>What a place point stands for: a whole country, an admin-1 region, or a city.</summary>
public enum PlacePrecision
{
    Country,
    Admin,
    City,
}
