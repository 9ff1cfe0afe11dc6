namespace Annalist.Knowledge.Petrarch;

/// <summary>The regular English plural PETRARCH dictionaries generate for nouns (last word of a phrase).</summary>
internal static class EnglishPlural
{
    public static string Of(string phrase)
    {
        if (phrase.Length < 2)
        {
            return phrase + "S";
        }

        var upper = char.IsUpper(phrase[^1]) || !char.IsLetter(phrase[^1]);
        string suffix;
        var stem = phrase;
        var last = char.ToUpperInvariant(phrase[^1]);
        var beforeLast = char.ToUpperInvariant(phrase[^2]);
        if (last == 'Y' && !"AEIOU".Contains(beforeLast, StringComparison.Ordinal))
        {
            stem = phrase[..^1];
            suffix = "IES";
        }
        else if (last is 'S' or 'X' or 'Z' || (last == 'H' && beforeLast is 'C' or 'S'))
        {
            suffix = "ES";
        }
        else
        {
            suffix = "S";
        }

        return stem + (upper ? suffix : suffix.ToLowerInvariant());
    }
}
