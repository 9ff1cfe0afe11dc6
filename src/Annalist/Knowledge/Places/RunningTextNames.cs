using System.Collections.Frozen;
using Annalist.Documents;
using Annalist.Knowledge.Matching;
using Annalist.Text;

namespace Annalist.Knowledge.Places;

/// <summary>
/// Which gazetteer names may be taken as places in running text: GeoNames' alternate names include
/// abbreviations and words ("The" for Teresina, "Day" for Dayton) that an explicit lookup may use but
/// a sentence must not.
/// </summary>
internal static class RunningTextNames
{
    private static readonly FrozenSet<string> CommonWords = FrozenSet.ToFrozenSet(
        [
            "the", "a", "an", "and", "or", "but", "if", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as", "is", "are", "was", "were",
            "be", "been", "it", "its", "we", "us", "he", "she", "they", "them", "his", "her", "our", "their", "this", "that", "these", "those", "who",
            "what", "when", "where", "why", "how", "not", "no", "never", "ever", "all", "some", "any", "many", "more", "most", "other", "such", "only",
            "also", "very", "so", "then", "than", "there", "here", "now", "after", "before", "during", "since", "until", "while", "about", "over",
            "under", "between", "against", "into", "through", "previous", "recent", "recently", "new", "old", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "central", "centre", "center", "upper", "lower", "middle", "great", "little", "big",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "week", "month", "year", "today", "victory",
            "war", "peace", "state", "states", "union", "city", "capital", "people", "president", "minister", "government", "army", "police",
            "party", "court", "council", "national", "international", "world", "home", "house", "office", "ministry", "news", "agency", "press",
            "said", "says", "will", "would", "could", "should", "can", "one", "two", "three", "first", "second", "last", "next", "mr", "mrs", "ms",
            "sir", "lord", "saint", "st", "mount", "lake", "river", "island", "islands", "port", "bay", "hope", "unity", "liberty", "independence",
            "republic", "democracy", "freedom", "justice", "progress", "order", "reform", "future", "early", "late", "long", "good", "best",
            // Words of titles: "Vice-President Hamilton Mourao" names no town of Vice in Peru.
            "vice", "deputy", "acting", "former", "chief", "general", "prime", "premier", "chancellor", "secretary", "senator", "governor",
            "mayor", "king", "queen", "prince", "princess", "speaker", "ambassador", "envoy", "commander", "colonel", "judge", "spokesman",
            // Common words that are also surnames of leaders ("on Friday" is not Saint Vincent's prime minister Godwin Friday),
            // or surnames that are also a country's alternate name ("Mann", the Isle of Man's).
            "christian", "store", "steel", "plant", "grenade", "brown", "mann",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether a word (any case) is a common English word that names no place, and no person standing alone.</summary>
    public static bool IsCommonWord(string word) => CommonWords.Contains(TokenKey.Fold(word));

    /// <summary>The longest acronym that is no town after a lower-case word ("GAO", "NATO").</summary>
    private const int MaxAcronymLetters = 4;

    /// <summary>The population from which a place's alternate names are taken in running text ("Kiev", "Peking", "Bombay").</summary>
    private const long MinPopulationForAlternateNames = 100_000;

    /// <summary>Keeps the places that tokens [start, end) may name in running text; false when none is left.</summary>
    public static bool Filter(List<Place> places, Document document, int start, int end)
    {
        Span<char> buffer = stackalloc char[TokenKey.MaxLength * 4];
        var length = 0;
        for (var i = start; i < end; i++)
        {
            var form = document.FormSpan(i);
            if (TokenKey.IsJoiner(form) && i > start)
            {
                continue;
            }

            if (length > 0 && length < buffer.Length)
            {
                buffer[length++] = ' ';
            }

            length += TokenKey.Fold(form, buffer[length..]);
        }

        var key = buffer[..length].ToString();
        if (end - start == 1 && CommonWords.Contains(key))
        {
            places.Clear();
            return false;
        }

        // "a protest before the GAO": a short word all in capitals after a word in lower case is an acronym (the
        // Government Accountability Office), not the town of Gao in Mali; a dateline's "KABUL -" follows no such word.
        if (end - start == 1 && Acronyms.Is(document.FormSpan(start), MaxAcronymLetters) && start > 0 && document.SentenceOf(start - 1) == document.SentenceOf(start)
            && document.FormSpan(start - 1) is { Length: > 0 } before && char.IsLower(before[0]))
        {
            places.RemoveAll(p => !p.IsCountry);
            return places.Count > 0;
        }

        // "The Federal Minister for Interior": a capitalised word the tagger reads as an adjective is a title's
        // word, not the Argentine town of Federal; a country's name stays a place.
        if (end - start == 1 && document.Upos(start) == "ADJ")
        {
            places.RemoveAll(p => !p.IsCountry);
            return places.Count > 0;
        }

        places.RemoveAll(p => !Usable(p, key));
        return places.Count > 0;
    }

    private static bool Usable(Place place, string key)
    {
        if (place.IsCountry)
        {
            return true;
        }

        // A small town's other names are mostly transliterations that are also words or names elsewhere ("Shan", an
        // alternate name of Schaan in Liechtenstein, in "Shan-e-Mustafa"): only a city's are taken in running text.
        var own = TokenKey.Fold(place.Name) == key;
        return own ? key.Length >= 3 : key.Length >= 4 && (place.Population >= MinPopulationForAlternateNames || place.FeatureCode.StartsWith("ADM", StringComparison.Ordinal));
    }
}
