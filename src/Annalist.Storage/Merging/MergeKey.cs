using Annalist.Events;

namespace Annalist.Storage.Merging;

/// <summary>What the merge rule looks at in a report, or in a stored event (its most specific CAMEO code and the days all its reports allow).</summary>
public readonly record struct MergeKey(
    string ActorCode,
    string ActorCountry,
    string RecipientCode,
    string RecipientCountry,
    string EventType,
    string Cameo,
    DateWindow Window,
    StatusFamily Family,
    EventPlace? Place = null)
{
    /// <summary>The key of a coded event; <paramref name="fallbackDate"/> (publication or ingest date) stands in for a missing event date.</summary>
    public static MergeKey Of(CodedEvent e, DateOnly fallbackDate, MergeRule rule) => new(
        Normalize(e.Actor.Code),
        Normalize(e.Actor.Country),
        Normalize(e.Recipient?.Code),
        Normalize(e.Recipient?.Country),
        e.EventType.Trim().ToUpperInvariant(),
        e.Cameo.Trim(),
        rule.Window(e.Date ?? fallbackDate, e.Date is null ? DatePrecision.Before : e.DatePrecision),
        StatusFamilies.Of(e.Status),
        e.Place);

    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();
}
