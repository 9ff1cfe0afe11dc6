namespace Annalist.Events;

/// <summary>How exactly an event's date is known.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,

    /// <summary>Only known not to be after the date given (e.g. "recently", or an undated past act: the publication date).</summary>
    Before,
}
