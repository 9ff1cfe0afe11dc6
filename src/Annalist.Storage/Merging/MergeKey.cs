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
        e.Place)
    {
        ActorName = OpenName(e.Actor.Kind, e.Actor.Text),
        RecipientName = OpenName(e.Recipient?.Kind ?? string.Empty, e.Recipient?.Text ?? string.Empty),
    };

    /// <summary>The words of an open actor (kind unresolved), which tell it from other open actors of the same (empty) code; empty for a coded party.</summary>
    public string ActorName { get; init; } = string.Empty;

    /// <inheritdoc cref="ActorName"/>
    public string RecipientName { get; init; } = string.Empty;

    /// <summary>An open actor's words, normalised for comparison; empty for a coded party.</summary>
    public static string OpenName(string kind, string text) =>
        kind == "unresolved" ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant() : string.Empty;

    public static string Normalize(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();
}
