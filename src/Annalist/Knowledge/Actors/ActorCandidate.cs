namespace Annalist.Knowledge.Actors;

/// <summary>
/// One reading of a text as an actor: the code that applies on the date asked for, what the actor is, the
/// dictionary entry and file:line it came from (or the rule that composed it), and the dates the code holds.
/// </summary>
public sealed record ActorCandidate(string Text, ActorCode Code, ActorKind Kind, string Entry, string Source, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public string Country => Code.Country;

    public string Sector => Code.Sector;

    /// <summary>No period of the entry covers the date asked for: the code is its nearest period's (<see cref="ActorEntry.NearestCode"/>).</summary>
    public bool OutOfPeriod { get; init; }
}
