using Annalist.Coding.Actors;
using Annalist.Events;

namespace Annalist.Coding.Attribution;

/// <summary>How the article presents one predicate: its status, who claims it, which outlets reported it, and the verb that frames it.</summary>
public sealed record ClaimContext(EventStatus Status, IReadOnlyList<ActorMention> ClaimedBy, IReadOnlyList<ActorMention> ReportedBy, int FramingVerb)
{
    public static ClaimContext Asserted { get; } = new(EventStatus.Asserted, [], [], -1);
}
