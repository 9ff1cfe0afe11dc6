namespace Annalist.Knowledge.Actors;

/// <summary>
/// One code of an actor entry with the dates it applies (inclusive at both ends; null = open). A code
/// without dates is the entry's default, used when no dated code covers the date asked for.
/// </summary>
public readonly record struct DatedActorCode(ActorCode Code, DateOnly? From, DateOnly? To)
{
    public bool IsDefault => From is null && To is null;

    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
