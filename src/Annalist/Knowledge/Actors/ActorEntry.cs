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
