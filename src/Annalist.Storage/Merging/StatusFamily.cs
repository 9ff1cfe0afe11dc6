using Annalist.Events;

namespace Annalist.Storage.Merging;

/// <summary>
/// Statuses that can describe the same real-world event. Reports that it happened, that someone
/// alleges it, denies it or says it did not happen are claims about one event and merge (the claims
/// are kept apart per mention); a threat or possibility ("could respond") and an intention ("will
/// impose sanctions") are not the event happening and merge only with their own kind.
/// </summary>
public enum StatusFamily
{
    /// <summary>asserted, alleged, denied, negated.</summary>
    Factual,

    /// <summary>hypothetical, conditional.</summary>
    Possible,

    /// <summary>intended.</summary>
    Intended,
}

/// <summary>Maps statuses to their <see cref="StatusFamily"/> and to the bits of the store's status mask.</summary>
public static class StatusFamilies
{
    public static StatusFamily Of(EventStatus status) => status switch
    {
        EventStatus.Hypothetical or EventStatus.Conditional => StatusFamily.Possible,
        EventStatus.Intended => StatusFamily.Intended,
        _ => StatusFamily.Factual,
    };

    /// <summary>One bit per status, for "any mention has status S" filters.</summary>
    public static int Bit(EventStatus status) => 1 << (int)status;

    /// <summary>True when some mention says the event happened (asserted, alleged) and another says it did not (denied, negated).</summary>
    public static bool IsDisputed(int mask) =>
        (mask & (Bit(EventStatus.Asserted) | Bit(EventStatus.Alleged))) != 0 && (mask & (Bit(EventStatus.Denied) | Bit(EventStatus.Negated))) != 0;

    public static IEnumerable<EventStatus> FromMask(int mask) => Enum.GetValues<EventStatus>().Where(s => (mask & Bit(s)) != 0);
}
