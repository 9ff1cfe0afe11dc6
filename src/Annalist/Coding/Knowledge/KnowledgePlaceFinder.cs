using Annalist.Coding.Places;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Places;
using CodingPlace = Annalist.Coding.Places.PlaceMention;

namespace Annalist.Coding.Knowledge;

/// <summary>Geocodes the place names of a sentence with the gazetteer, preferring places in the countries the article mentions.</summary>
public sealed class KnowledgePlaceFinder(Gazetteer gazetteer) : IPlaceFinder
{
    public IReadOnlyList<CodingPlace> Find(Document document, Sentence sentence, IReadOnlyCollection<string> countryHints, IReadOnlyList<TokenRange> exclude)
    {
        var found = gazetteer.Find(document, sentence.Tokens, countryHints, exclude);
        var places = new List<CodingPlace>(found.Count);
        foreach (var mention in found)
        {
            var best = mention.Best;
            places.Add(new CodingPlace(mention.Tokens, new EventPlace(mention.Text, mention.Range, best.Name, best.GeonameId ?? 0, best.Latitude, best.Longitude, best.Country, best.Admin1)));
        }

        return places;
    }
}
