using System.Globalization;

namespace Annalist.Storage.Merging;

/// <summary>
/// The days an event may have happened on, inclusive, as <see cref="DateOnly.DayNumber"/>s: one day
/// for a day-precise date, the month for "in June", the days before publication for "recently".
/// </summary>
public readonly record struct DateWindow(int Lo, int Hi)
{
    public int Width => Hi - Lo + 1;

    /// <summary>The first day, clamped to the calendar (a week around 0001-01-01 starts there).</summary>
    public DateOnly From => DateOnly.FromDayNumber(Math.Clamp(Lo, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>The last day, clamped to the calendar.</summary>
    public DateOnly To => DateOnly.FromDayNumber(Math.Clamp(Hi, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    /// <summary>Whether the windows overlap once each is widened by <paramref name="slack"/> days on both sides.</summary>
    public bool Overlaps(DateWindow other, int slack) => Lo <= other.Hi + slack && other.Lo <= Hi + slack;

    /// <summary>The days both allow; when they share none (they only touched through the slack), the narrower window.</summary>
    public DateWindow Intersect(DateWindow other)
    {
        var lo = Math.Max(Lo, other.Lo);
        var hi = Math.Min(Hi, other.Hi);
        if (lo <= hi)
        {
            return new DateWindow(lo, hi);
        }

        return other.Width < Width ? other : this;
    }

    public override string ToString() => Lo == Hi
        ? From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : $"{From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}..{To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
