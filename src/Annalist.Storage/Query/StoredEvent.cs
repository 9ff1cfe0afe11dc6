using Annalist.Events;
using Annalist.Storage.Merging;

namespace Annalist.Storage.Query;

/// <summary>
/// A real-world event as the store knows it: the reports of every article that mentioned it merged
/// into one record, with counts (mentions, distinct outlets, articles), when it was first and last
/// reported, the statuses the reports give it and, when loaded, the reports themselves.
/// </summary>
public sealed record StoredEvent
{
    public required long Id { get; init; }

    public required string EventType { get; init; }

    public string Mode { get; init; } = string.Empty;

    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>The most specific CAMEO code among the reports.</summary>
    public required string Cameo { get; init; }

    public double? Goldstein { get; init; }

    public int QuadClass { get; init; }

    public required EventActor Actor { get; init; }

    public EventActor? Recipient { get; init; }

    /// <summary>The date of the most precise report.</summary>
    public required DateOnly Date { get; init; }

    public required DatePrecision DatePrecision { get; init; }

    /// <summary>The days every report allows.</summary>
    public required DateWindow Window { get; init; }

    /// <summary>The status most reports give (the earliest on a tie).</summary>
    public required EventStatus Status { get; init; }

    /// <summary>Every status some report gives.</summary>
    public required IReadOnlyList<EventStatus> Statuses { get; init; }

    /// <summary>One report asserts or alleges it and another denies or negates it.</summary>
    public bool Disputed => StatusFamilies.IsDisputed(Statuses.Aggregate(0, (mask, s) => mask | StatusFamilies.Bit(s)));

    /// <summary>Text mentions over all reports (an article that repeats the event in headline and body counts twice).</summary>
    public required int MentionCount { get; init; }

    /// <summary>Distinct outlets that reported it.</summary>
    public required int SourceCount { get; init; }

    /// <summary>Distinct articles that reported it.</summary>
    public required int ArticleCount { get; init; }

    /// <summary>Publication date of the first and last report (ingest date for documents without one).</summary>
    public required DateOnly FirstSeen { get; init; }

    public required DateOnly LastSeen { get; init; }

    /// <summary>When the store first recorded it (UTC).</summary>
    public required DateTimeOffset AddedAt { get; init; }

    public EventPlace? Place { get; init; }

    /// <summary>The reports, oldest first; empty unless they were asked for.</summary>
    public IReadOnlyList<StoredMention> Mentions { get; init; } = [];

    /// <summary>Who said which, per report (empty unless mentions were loaded).</summary>
    public IEnumerable<EventClaim> Claims => Mentions.Select(m => new EventClaim(m.Record.Status, m.Record.ClaimedBy, m.Record.ReportedBy, m.DocumentId, m.Outlet));

    public EventCursor Cursor => new(Date.DayNumber, Id);
}
