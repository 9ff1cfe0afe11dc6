using Annalist.Coding.Places;
using Annalist.Documents;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Knowledge;

/// <summary>Geocodes the place names of a sentence with the gazetteer, preferring places in the countries the article mentions.</summary>
public sealed class KnowledgePlaceFinder(Gazetteer gazetteer) : IPlaceFinder
{
    public IReadOnlyList<PlaceMention> Find(Document document, Sentence sentence, IReadOnlyCollection<string> countryHints, IReadOnlyList<TokenRange> exclude) =>
        gazetteer.Find(document, sentence.Tokens, countryHints, exclude);
}
