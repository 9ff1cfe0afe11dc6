namespace Annalist.Text;

/// <summary>
/// Closed lists the English tokenizer and sentence splitter consult: abbreviations that keep their
/// period, which of them may also end a sentence, hyphen prefixes that UD English keeps attached,
/// and words that commonly start a sentence. Lookups take spans, so they do not allocate.
/// </summary>
internal static class EnglishAbbreviations
{
    /// <summary>Abbreviations (without the final period, lower case) that never end a sentence: titles and the like.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "cmdr", "adm", "sgt", "cpl", "pvt",
        "gov", "sen", "rep", "rev", "fr", "hon", "pres", "supt", "insp", "amb", "atty", "brig", "cmdt", "gov't",
        "st", "mt", "ft", "no", "nos", "vol", "vols", "ch", "fig", "figs", "pp", "art", "sec", "para", "approx",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "vs", "v", "cf", "viz", "al", "ed", "eds", "est", "dept", "univ", "assn", "bros", "ave", "blvd", "rd",
        "e.g", "i.e", "ca", "drs", "div", "bde", "regt", "sqn", "inf", "cdr", "incl", "approx", "gens", "sens", "reps", "govs", "messrs", "mme", "mlle", "esq", "ph.d", "m.d", "b.a", "m.a",
    };

    /// <summary>Abbreviations that keep their period but may also end a sentence.</summary>
    private static readonly HashSet<string> Enders = new(StringComparer.OrdinalIgnoreCase)
    {
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "u.a.e", "u.s.s.r", "d.c", "l.a", "n.y", "n.j", "s.a", "s.p.a", "n.v", "b.v",
        "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "etc", "a.m", "p.m", "bros", "cos", "mass", "calif", "fla",
        "ill", "pa", "va", "wash", "conn", "ariz", "colo", "ga", "ky", "la", "md", "mich", "minn", "mo", "nev", "okla",
        "ore", "tenn", "tex", "wis", "ala", "ark", "del", "kan", "neb", "n.c", "s.c", "n.d", "s.d", "n.h", "n.m", "r.i",
        "w.va", "vt", "wyo", "mont", "yr", "yrs", "hrs", "min", "mins", "sq", "oz", "lb", "lbs", "pt", "pts",
    };

    /// <summary>Prefixes that UD English keeps attached to the word after a hyphen ("anti-aircraft", "e-mail").</summary>
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "pre", "post", "non", "co", "re", "mid", "ex", "semi", "multi", "pro", "e", "inter", "intra", "counter",
        "over", "under", "sub", "super", "self", "neo", "pan", "quasi", "ultra", "cyber", "bi", "tri", "mini",
        "micro", "macro", "mega", "de", "un", "dis", "mis", "geo", "euro", "socio", "trans", "extra", "infra", "meta",
        "x", "t", "u", "i",
    };

    /// <summary>Capitalised words that usually begin a sentence rather than continue a name.</summary>
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
        "and", "or", "so", "yet", "in", "on", "at", "for", "from", "by", "with", "as", "after", "before", "when", "while",
        "if", "although", "though", "since", "because", "however", "meanwhile", "also", "his", "her", "their", "its", "our",
        "my", "your", "some", "many", "most", "all", "no", "not", "what", "who", "which", "where", "why", "how", "officials",
        "one", "two", "three", "both", "each", "other", "such", "last", "earlier", "later", "still", "then", "now", "today",
        "yesterday", "tomorrow", "according", "under", "during", "despite", "about", "among", "against", "over", "more",
        "both", "analysts", "experts", "police", "troops", "authorities", "government", "president", "prime", "minister",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnderLookup = Enders.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixLookup = HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether "<paramref name="word"/>." is an abbreviation (the word given without its final period).</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsLetter(word[0]);
        }

        if (TitleLookup.Contains(word) || EnderLookup.Contains(word))
        {
            return true;
        }

        return IsDottedInitials(word);
    }

    /// <summary>Whether an abbreviation (without final period) may end a sentence, as "U.S." or "Inc." can.</summary>
    public static bool MayEndSentence(ReadOnlySpan<char> word) =>
        EnderLookup.Contains(word) || (IsDottedInitials(word) && !TitleLookup.Contains(word));

    public static bool IsTitle(ReadOnlySpan<char> word) => TitleLookup.Contains(word);

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => PrefixLookup.Contains(word);

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => StarterLookup.Contains(word);

    /// <summary>Offices and bodies a country's initials qualify ("U.S. President Donald Trump", "U.N. Officials").</summary>
    private static readonly HashSet<string> QualifiedByInitials = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "prime", "minister", "government", "police", "troops", "authorities", "officials",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> QualifiedLookup = QualifiedByInitials.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="next"/> continues the phrase that capital dotted initials begin ("U.S. President", "U.K. Prime
    /// Minister"): in news a country's initials before an office are its modifier far more often than a sentence's end
    /// ("at 5 p.m. Officials" still ends one).
    /// </summary>
    public static bool ContinuesInitials(ReadOnlySpan<char> abbreviation, ReadOnlySpan<char> next) =>
        IsDottedInitials(abbreviation.TrimEnd('.')) && !abbreviation.ContainsAnyInRange('a', 'z') && QualifiedLookup.Contains(next);

    /// <summary>"U.S", "a.m", "e.g": single letters separated by periods.</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }
}
