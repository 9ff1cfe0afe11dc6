using Annalist.Coding.Actors;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Attribution;

/// <summary>
/// How the article presents one predicate: its status, who claims it, which outlets reported it, the
/// verb that frames it, and for an intended act whose intention it is (the actor's own promise or
/// plan, or a request by someone else).
/// </summary>
public sealed record ClaimContext(EventStatus Status, IReadOnlyList<ActorMention> ClaimedBy, IReadOnlyList<ActorMention> ReportedBy, int FramingVerb)
{
    public static ClaimContext Asserted { get; } = new(EventStatus.Asserted, [], [], -1);

    public Intention Intention { get; init; }
}
