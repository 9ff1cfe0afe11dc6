using Annalist.Events;

namespace Annalist.Storage.Query;

/// <summary>Who says what about an event: one report's status, its claimants and the outlets it cites, and the article it came from.</summary>
public sealed record EventClaim(EventStatus Status, IReadOnlyList<EventParticipant> ClaimedBy, IReadOnlyList<EventOutlet> ReportedBy, string DocumentId, string Outlet);
