using Annalist.Documents;

namespace Annalist.Events;

/// <summary>Where the event happened: the words in the text and the gazetteer entry they resolved to.</summary>
public sealed record EventPlace(string Text, TextRange Range, string Name, long GeonameId, double Latitude, double Longitude, string Country, string Admin1)
{
    /// <summary>Whether the gazetteer placed it in a country (ISO 3166 alpha-3).</summary>
    public bool HasCountry => Knowledge.Actors.ActorCode.IsCountry(Country);

    /// <summary>
    /// Whether one event can have happened at both places: the same gazetteer place, or one inside the other (a town
    /// in a region or a country); two different towns, or places in two countries, are two events ("shelled Kharkiv"
    /// and "struck Odesa" the same night). An unknown place fits any.
    /// </summary>
    public static bool Compatible(EventPlace? a, EventPlace? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        if (a.HasCountry && b.HasCountry && a.Country != b.Country)
        {
            return false;
        }

        if (a.GeonameId > 0 && b.GeonameId > 0)
        {
            return a.GeonameId == b.GeonameId;
        }

        // A region or a country (no GeoNames id here) holds the towns of its region.
        return a.Admin1.Length == 0 || b.Admin1.Length == 0 || string.Equals(a.Admin1, b.Admin1, StringComparison.OrdinalIgnoreCase);
    }
}
