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
}
