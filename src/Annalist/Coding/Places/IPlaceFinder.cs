using Annalist.Documents;

namespace Annalist.Coding.Places;

/// <summary>Finds and geocodes place names in a sentence, preferring places in the countries the article has mentioned.</summary>
public interface IPlaceFinder
{
    IReadOnlyList<PlaceMention> Find(Document document, Sentence sentence, IReadOnlyCollection<string> countryHints);
}
