namespace Annalist.Storage.Query;

/// <summary>Events placed in one country (ISO alpha-3), for shading a map.</summary>
public sealed record CountryCount(string Country, long Events);
