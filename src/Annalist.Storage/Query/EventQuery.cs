using Annalist.Events;

namespace Annalist.Storage.Query;

/// <summary>
/// The filters of <c>annalist events</c>, <c>dyads</c> and <c>export</c> (and of the HTTP API).
/// Every filter is optional; all given ones must hold. Results come in date order, then id.
/// </summary>
public sealed record EventQuery
{
    public static EventQuery All { get; } = new();

    /// <summary>Actor code or code prefix (RUS matches RUS, RUSGOV, RUSMIL).</summary>
    public string? Actor { get; init; }

    /// <summary>Recipient code or code prefix.</summary>
    public string? Recipient { get; init; }

    /// <summary>PLOVER event type, exactly (AID, ACCUSE).</summary>
    public string? EventType { get; init; }

    /// <summary>CAMEO code prefix (07 matches 070–075).</summary>
    public string? CameoPrefix { get; init; }

    /// <summary>First day, inclusive, of the event date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day, inclusive, of the event date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Events that at least one report gives this status.</summary>
    public EventStatus? Status { get; init; }

    /// <summary>Only events that one report asserts or alleges and another denies or negates.</summary>
    public bool DisputedOnly { get; init; }

    /// <summary>Full-text query over the text of the reporting documents (see <see cref="TextQuery"/>).</summary>
    public TextQuery? Text { get; init; }

    /// <summary>Events whose place lies in this country (ISO 3166 alpha-3, as the gazetteer gives it).</summary>
    public string? PlaceCountry { get; init; }

    /// <summary>Events at the gazetteer place of this name, exactly as the store gives it ("Kharkiv"); with <see cref="PlaceCountry"/> for a name several countries have.</summary>
    public string? PlaceName { get; init; }

    /// <summary>Events of this QuadClass (1 verbal cooperation … 4 material conflict).</summary>
    public int? QuadClass { get; init; }

    /// <summary>PLOVER mode, exactly (e.g. "missile" for ASSAULT).</summary>
    public string? Mode { get; init; }

    /// <summary>Events with this PLOVER context among theirs (e.g. "military").</summary>
    public string? Context { get; init; }

    /// <summary>Newest first (date, then id, both descending) instead of oldest first; <see cref="After"/> then continues downwards.</summary>
    public bool NewestFirst { get; init; }

    /// <summary>Continue after this position (keyset paging).</summary>
    public EventCursor? After { get; init; }

    /// <summary>At most this many events; null for all.</summary>
    public int? Limit { get; init; }
}
