namespace Annalist.Knowledge.Actors;

/// <summary>
/// One actor record of a dictionary: its primary phrase as written (<see cref="Entry"/>), its synonyms,
/// its codes in file order (dated restrictions and the default), what it names, and where it was read.
/// </summary>
public sealed record ActorEntry(
    int Id,
    string Entry,
    ActorKind Kind,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<DatedActorCode> Codes,
    string Source,
    KnowledgeLayer Layer,
    string? Note = null)
{
    /// <summary>
    /// Marks an alias that matches only in exactly the case written ("=ICE" in an actors TSV): an acronym that is also a
    /// word ("Ice storms closed the roads") when the dictionary otherwise matches regardless of case.
    /// </summary>
    public const char ExactCase = '=';

    /// <summary>Whether some alias must match in its own case (<see cref="ExactCase"/>).</summary>
    public bool HasExactCase { get; } = Phrases.Any(IsExactCase);

    /// <summary>The phrase as the index holds it: without the <see cref="ExactCase"/> mark.</summary>
    public static string IndexPhrase(string phrase) => IsExactCase(phrase) ? phrase[1..] : phrase;

    private static bool IsExactCase(string phrase) => phrase.Length > 1 && phrase[0] == ExactCase;

    /// <summary>
    /// Whether the words <paramref name="text"/> (single spaces between tokens) may be this entry: always, unless every
    /// alias they spell is an exact-case one written in another case.
    /// </summary>
    public bool Admits(string text)
    {
        if (!HasExactCase)
        {
            return true;
        }

        var spelled = false;
        foreach (var phrase in Phrases)
        {
            var exact = IsExactCase(phrase);
            var words = IndexPhrase(phrase).Replace('_', ' ');
            if (!words.Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!exact || words.Equals(text, StringComparison.Ordinal))
            {
                return true;
            }

            spelled = true;
        }

        return !spelled;
    }

    /// <summary>
    /// The code that applies on <paramref name="date"/>: the first dated code that covers it (file order, as
    /// PETRARCH does), else the default; none when the entry's only codes are dated and none covers the date.
    /// </summary>
    public DatedActorCode? CodeOn(DateOnly date)
    {
        foreach (var code in Codes)
        {
            if (!code.IsDefault && code.Covers(date))
            {
                return code;
            }
        }

        foreach (var code in Codes)
        {
            if (code.IsDefault)
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>
    /// The code of the period nearest to <paramref name="date"/> when <see cref="CodeOn"/> has none (every code is dated
    /// and none covers it): the last period that ended before it, else the first that begins after it. "Nixon" in a
    /// 2024 article is still the American whose last period the dictionary dates 1974-1994, not no one.
    /// </summary>
    public DatedActorCode? NearestCode(DateOnly date)
    {
        DatedActorCode? before = null, after = null;
        foreach (var code in Codes)
        {
            if (code.To is { } to && to < date && (before?.To is not { } best || to > best))
            {
                before = code;
            }
            else if (code.From is { } from && from > date && (after?.From is not { } first || from < first))
            {
                after = code;
            }
        }

        return before ?? after;
    }
}
