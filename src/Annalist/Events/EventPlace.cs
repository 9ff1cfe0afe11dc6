using Annalist.Documents;

namespace Annalist.Events;

/// <summary>Where the event happened: the words in the text and the gazetteer entry they resolved to.</summary>
public sealed record EventPlace(string Text, TextRange Range, string Name, long GeonameId, double Latitude, double Longitude, string Country, string Admin1)
{
    /// <summary>Whether the gazetteer placed it in a country (ISO 3166 alpha-3).</summary>
    public bool HasCountry => Knowledge.Actors.ActorCode.IsCountry(Country);
}
