namespace Annalist.Storage.Query;

/// <summary>The period a dyad series is counted by; weeks start on Monday.</summary>
public enum DyadPeriod
{
    Day,
    Week,
    Month,
}
