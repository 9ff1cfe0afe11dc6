namespace Annalist.Text;

/// <summary>
/// English month and weekday names and abbreviations, looked up without allocating: the dates the coder reads, and the
/// date of a dateline the sentence splitter recognises.
/// </summary>
internal static class CalendarWords
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2, ["march"] = 3, ["mar."] = 3,
        ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["jun."] = 6, ["july"] = 7, ["jul"] = 7, ["jul."] = 7,
        ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sep"] = 9, ["sep."] = 9, ["sept"] = 9, ["sept."] = 9,
        ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11, ["nov."] = 11, ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["mon."] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["tue."] = DayOfWeek.Tuesday, ["tues."] = DayOfWeek.Tuesday,
        ["wednesday"] = DayOfWeek.Wednesday, ["wed."] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday, ["thu."] = DayOfWeek.Thursday,
        ["thur."] = DayOfWeek.Thursday, ["thurs."] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["fri."] = DayOfWeek.Friday,
        ["saturday"] = DayOfWeek.Saturday, ["sat."] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday, ["sun."] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The month number of a month name; "May" and "March" only when capitalised (they are also common words).</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month)
    {
        if (!MonthLookup.TryGetValue(word, out month))
        {
            return false;
        }

        return !(word.Equals("may", StringComparison.Ordinal) || word.Equals("march", StringComparison.Ordinal));
    }

    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day) => WeekdayLookup.TryGetValue(word, out day);

    public static bool TryDayNumber(ReadOnlySpan<char> word, out int day)
    {
        var digits = word;
        if (digits.Length > 2 && (digits.EndsWith("st", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("nd", StringComparison.OrdinalIgnoreCase)
            || digits.EndsWith("rd", StringComparison.OrdinalIgnoreCase) || digits.EndsWith("th", StringComparison.OrdinalIgnoreCase)))
        {
            digits = digits[..^2];
        }

        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && digits.Length <= 2;
    }

    public static bool TryYear(ReadOnlySpan<char> word, out int year) =>
        int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && word.Length == 4 && year is >= 1900 and <= 2100;
}
