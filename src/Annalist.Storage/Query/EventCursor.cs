using System.Globalization;

namespace Annalist.Storage.Query;

/// <summary>A position in the date-then-id order of events, for paging: written as "DAYNUMBER.ID".</summary>
public readonly record struct EventCursor(int DayNumber, long Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{DayNumber}.{Id}");

    public static bool TryParse(string? text, out EventCursor cursor)
    {
        cursor = default;
        var dot = text?.IndexOf('.') ?? -1;
        if (dot <= 0 || !int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !long.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        cursor = new EventCursor(day, id);
        return true;
    }
}
