using Annalist.Documents;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Places;

/// <summary>Finds and geocodes place names in a sentence, preferring places in the countries the article has mentioned.</summary>
public interface IPlaceFinder
{
    /// <param name="exclude">Token ranges that cannot be places (the names of persons: "Vladimir" in "Vladimir Putin").</param>
    IReadOnlyList<PlaceMention> Find(Document document, Sentence sentence, IReadOnlyCollection<string> countryHints, IReadOnlyList<TokenRange> exclude);
}
