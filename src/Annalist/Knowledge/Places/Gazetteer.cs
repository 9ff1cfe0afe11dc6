using Annalist.Documents;
using Annalist.Knowledge.Matching;

namespace Annalist.Knowledge.Places;

/// <summary>
/// Places by name (GeoNames cities with their alternate names, admin-1 regions, countries), disambiguated by
/// feature (a country, then a capital, then an admin-1 seat, then a region, then other places), population and the countries
/// the caller says are already mentioned. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private readonly LayeredIndex<Place> index;

    public Gazetteer(LayeredIndex<Place> index)
    {
        this.index = index;
    }

    public int Count => index.Layers.Sum(l => l.Items.Count);

    public LayeredIndex<Place> Index => index;

    public Gazetteer With(PhraseIndex<Place> overlay) => new(index.With(overlay));

    /// <summary>The places named exactly <paramref name="name"/>, best first.</summary>
    public IReadOnlyList<PlaceCandidate> Lookup(string name, IReadOnlyCollection<string>? countryHints = null)
    {
        var tokens = new StringTokenForms(name);
        var start = tokens.Count > 1 && tokens.Form(0).Equals("the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        var places = new List<Place>();
        if (tokens.Count > start)
        {
            index.MatchExactly(tokens, start, tokens.Count, places);
        }

        return Rank(places, countryHints);
    }

    /// <summary>
    /// Place names in tokens [start, end) of a document (capitalised, leftmost-longest), each with ranked
    /// candidates. In running text a name must be a place's own name of at least 3 letters, or an alternate
    /// name of at least 4, and not a common English word ("The", "North", "Never" are alternate or admin
    /// names somewhere); tokens inside <paramref name="exclude"/> (e.g. the actor mentions, so that
    /// "Vladimir" of "Vladimir Putin" is no town) are skipped.
    /// </summary>
    public List<PlaceMention> Find(Document document, TokenRange tokens, IReadOnlyCollection<string>? countryHints = null, IReadOnlyList<TokenRange>? exclude = null)
    {
        var mentions = new List<PlaceMention>();
        var forms = new DocumentTokenForms(document);
        var places = new List<Place>();
        for (var i = tokens.Start; i < tokens.End;)
        {
            places.Clear();
            if (exclude is not null && Excluded(exclude, i, out var after))
            {
                i = after;
                continue;
            }

            var limit = exclude is null ? tokens.End : Math.Min(tokens.End, NextExcluded(exclude, i));
            if (StartsCapitalized(document.FormSpan(i)) && index.TryMatchLongest(forms, i, limit, places, out var end)
                && RunningTextNames.Filter(places, document, i, end) && !NamesWater(document, tokens, i, end))
            {
                var range = new TextRange(document.TokenStart(i), document.TokenEnd(end - 1));
                mentions.Add(new PlaceMention(new TokenRange(i, end), range, document.Text[range.Start..range.End], Rank(places, countryHints)));
                i = end;
            }
            else
            {
                i++;
            }
        }

        return mentions;
    }

    /// <summary>Words that make a name a body of water: "the Red Sea" is no Sudanese state, "the Gulf of Oman" no country.</summary>
    private static readonly HashSet<string> Waters = new(StringComparer.OrdinalIgnoreCase) { "Sea", "Ocean", "Gulf", "Strait", "Straits", "Bay", "Channel" };

    /// <summary>
    /// Whether the match names a sea, gulf or strait: it ends with a water word ("Red Sea"), one follows it ("South
    /// China Sea"), or "Gulf of", "Sea of", "Bay of" or "Strait of" comes before it ("Gulf of Oman").
    /// </summary>
    private static bool NamesWater(Document document, TokenRange tokens, int start, int end)
    {
        if (Waters.Contains(document.Form(end - 1)) || (end < tokens.End && Waters.Contains(document.Form(end))))
        {
            return true;
        }

        return start - 2 >= tokens.Start && document.Form(start - 1) == "of" && Waters.Contains(document.Form(start - 2));
    }

    private static bool Excluded(IReadOnlyList<TokenRange> exclude, int token, out int after)
    {
        foreach (var range in exclude)
        {
            if (range.Contains(token))
            {
                after = range.End;
                return true;
            }
        }

        after = token;
        return false;
    }

    private static int NextExcluded(IReadOnlyList<TokenRange> exclude, int token)
    {
        var next = int.MaxValue;
        foreach (var range in exclude)
        {
            if (range.Start > token && range.Start < next)
            {
                next = range.Start;
            }
        }

        return next;
    }

    internal static bool StartsCapitalized(ReadOnlySpan<char> form)
    {
        foreach (var c in form)
        {
            if (char.IsLetter(c))
            {
                return char.IsUpper(c);
            }

            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Feature weight plus log population, plus a bonus for a hinted country; ties by GeoNames id.</summary>
    public static double Score(Place place, IReadOnlyCollection<string>? countryHints)
    {
        var feature = place.FeatureCode switch
        {
            "PCLI" => 12.0,
            "PPLC" => 3.0,
            "PPLA" => 1.5,
            "ADM1" => 0.5,
            "PPLA2" => 0.5,
            _ => 0.0,
        };
        var hint = countryHints is not null && countryHints.Contains(place.Country) ? 6.0 : 0.0;
        return feature + hint + Math.Log10(place.Population + 1);
    }

    private static List<PlaceCandidate> Rank(List<Place> places, IReadOnlyCollection<string>? countryHints) =>
        [.. places.Distinct()
            .Select(p => new PlaceCandidate(p, Math.Round(Score(p, countryHints), 3)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Place.GeonameId ?? long.MaxValue)
            .ThenBy(c => c.Place.Name, StringComparer.Ordinal)];
}
