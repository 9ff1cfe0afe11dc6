using Annalist.Documents;

namespace Annalist.Events;

/// <summary>
/// One coded event: who did what to whom, when, where, who says so, and the evidence — in PLOVER and
/// CAMEO at once. This is the output contract of <c>annalist code</c> (one JSON object per event, see
/// <see cref="EventJsonWriter"/>), of the HTTP API and of the event store. Offsets are UTF-16
/// positions in the document's original text.
/// </summary>
public sealed record CodedEvent
{
    public required string DocumentId { get; init; }

    /// <summary>Stable within a document: the same input and versions give the same id.</summary>
    public required string EventId { get; init; }

    /// <summary>Index of the sentence holding the first mention (the evidence).</summary>
    public required int SentenceIndex { get; init; }

    /// <summary>PLOVER event type (e.g. AID, ACCUSE).</summary>
    public required string EventType { get; init; }

    /// <summary>PLOVER mode (e.g. "military" for AID), empty when none applies.</summary>
    public string Mode { get; init; } = string.Empty;

    /// <summary>PLOVER contexts (e.g. "military", "human_rights").</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>CAMEO code, e.g. "072".</summary>
    public required string Cameo { get; init; }

    /// <summary>Goldstein value of the CAMEO code; null for the few codes without one.</summary>
    public double? Goldstein { get; init; }

    /// <summary>GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass { get; init; }

    public required EventParticipant Actor { get; init; }

    /// <summary>Null for one-sided events.</summary>
    public EventParticipant? Recipient { get; init; }

    /// <summary>When the event happened; never after publication unless <see cref="Status"/> is intended or hypothetical.</summary>
    public DateOnly? Date { get; init; }

    public DatePrecision DatePrecision { get; init; } = DatePrecision.Before;

    /// <summary>The words the date was read from ("this Friday (22)"), empty when none.</summary>
    public string DateText { get; init; } = string.Empty;

    public EventPlace? Place { get; init; }

    public EventStatus Status { get; init; } = EventStatus.Asserted;

    /// <summary>Who says the event happened (the speaker of a reporting or accusation verb).</summary>
    public IReadOnlyList<EventParticipant> ClaimedBy { get; init; } = [];

    /// <summary>The outlets that reported the claim (KCNA, SBS); never actors of the event.</summary>
    public IReadOnlyList<EventOutlet> ReportedBy { get; init; } = [];

    public required EventEvidence Evidence { get; init; }

    /// <summary>Every sentence span that mentions this event (headline and body mentions merged).</summary>
    public IReadOnlyList<TextRange> Mentions { get; init; } = [];

    /// <summary>The pattern or rule that produced the event, e.g. "CAMEO.2.0:SUPPLY#12".</summary>
    public required string Rule { get; init; }

    /// <summary>Which rule decided the type, actor, recipient, date and place; null for records written before explanations existed.</summary>
    public EventExplanation? Explain { get; init; }
    /// <summary>Who decided the event type: the rule, or the event-typing model and how sure it was; null when no model ran (<c>--fast</c>).</summary>
    public TypeDecision? TypedBy { get; init; }

    public required VersionStamp Versions { get; init; }
}
