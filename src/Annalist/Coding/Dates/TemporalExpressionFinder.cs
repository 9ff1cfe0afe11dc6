using System.Globalization;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Text;

namespace Annalist.Coding.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date: explicit
/// dates ("November 22, 2024", "22 Nov", "2024-11-22"), weekdays with a day in parentheses
/// ("this Friday (22)"), weekdays alone (the most recent one not after publication, or the next one
/// when the expression itself points forward), months ("in June", "early June", "June 2024"), years
/// ("in 2023"), deictic words ("yesterday", "last week", "earlier this month", "two days ago") and
/// vague past ("recently", "in recent weeks": precision before). Works on token forms only, so it
/// runs before or without a parse. Calendar dates are read here, weekdays and deictic words by <see cref="RelativeDates"/>.
/// </summary>
public static class TemporalExpressionFinder
{
    public static List<TemporalExpression> Find(Document document, Sentence sentence, DateOnly publication)
    {
        var found = new List<TemporalExpression>();
        var end = sentence.Tokens.End;
        for (var i = sentence.Tokens.Start; i < end;)
        {
            var match = MatchAtWithinCalendar(document, i, end, publication);
            if (match is null)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.Tokens.End;
        }

        return found;
    }

    /// <summary>
    /// An expression whose date falls outside the calendar (years 1 to 9999: "yesterday" published on
    /// 0001-01-01, "next year" on 9999-12-31) is no expression: the event keeps the publication date, as
    /// with any text that names no date.
    /// </summary>
    private static TemporalExpression? MatchAtWithinCalendar(Document d, int i, int end, DateOnly pub)
    {
        try
        {
            return MatchAt(d, i, end, pub);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TemporalExpression? MatchAt(Document d, int i, int end, DateOnly pub)
    {
        var w = d.FormSpan(i);
        return IsoOrNumeric(d, i, pub)
            ?? MonthFirst(d, i, end, pub)
            ?? DayFirst(d, i, end, pub)
            ?? RelativeDates.Weekday(d, i, end, pub)
            ?? RelativeDates.Deictic(d, i, end, pub, w)
            ?? Year(d, i, end, w);
    }

    internal static TemporalExpression Make(Document d, int first, int last, int head, DateOnly date, DatePrecision precision, bool future = false) =>
        new(new TokenRange(first, last + 1), head, date, precision, d.Text[d.TokenStart(first)..d.TokenEnd(last)]) { IsFuture = future };

    private static TemporalExpression? IsoOrNumeric(Document d, int i, DateOnly pub)
    {
        var w = d.FormSpan(i);
        if (w.Length == 10 && DateOnly.TryParseExact(w, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return Make(d, i, i, i, iso, DatePrecision.Day, iso > pub);
        }

        // 11/22/2024 (US order) or 22/11/2024 when the first number cannot be a month.
        var parts = w.ToString().Split('/');
        if (parts.Length == 3 && int.TryParse(parts[0], out var a) && int.TryParse(parts[1], out var b) && int.TryParse(parts[2], out var y) && parts[2].Length is 2 or 4)
        {
            y = y < 100 ? 2000 + y : y;
            var (month, day) = a > 12 ? (b, a) : (a, b);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
            {
                var date = new DateOnly(y, month, day);
                return Make(d, i, i, i, date, DatePrecision.Day, date > pub);
            }
        }

        return null;
    }

    /// <summary>"November 22", "Nov. 22, 2024", "June 2024", "June", "early June", "mid-June".</summary>
    private static TemporalExpression? MonthFirst(Document d, int i, int end, DateOnly pub)
    {
        var first = i;
        var modifier = Modifier(d.FormSpan(i));
        if (modifier != PartOf.None && i + 1 < end)
        {
            i++;
        }

        // "mid-April" is one token: the month after "mid-".
        var name = d.FormSpan(i);
        if (modifier == PartOf.None && name.Length > 4 && name.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            name = name[4..];
            modifier = PartOf.Mid;
        }

        if (!CalendarWords.TryMonth(name, out var month) || !char.IsUpper(name[0]))
        {
            return null;
        }

        var last = i;
        var head = i;
        if (i + 1 < end && CalendarWords.TryDayNumber(d.FormSpan(i + 1), out var day))
        {
            last = i + 1;
            var year = 0;
            var k = i + 2;
            if (k < end && d.FormSpan(k) is ",")
            {
                k++;
            }

            if (k < end && CalendarWords.TryYear(d.FormSpan(k), out year))
            {
                last = k;
            }

            return DayDate(d, first, last, head, year, month, day, pub);
        }

        if (i + 1 < end && CalendarWords.TryYear(d.FormSpan(i + 1), out var y))
        {
            var date = new DateOnly(y, month, 1);
            return Make(d, first, i + 1, head, date, DatePrecision.Month, date > pub);
        }

        // A month alone needs a preposition or modifier before it to be a date ("in June", "early June"), not a name ("June Carter").
        var prev = WordBefore(d, first);
        if (modifier == PartOf.None && !(prev is "in" or "since" or "until" or "by" or "from" or "of" or "during" or "last" or "this" or "next" or "before" or "after"))
        {
            return null;
        }

        var yearOf = prev is "next" ? (month > pub.Month ? pub.Year : pub.Year + 1) : month <= pub.Month ? pub.Year : pub.Year - 1;
        if (prev is "last" && month == pub.Month)
        {
            yearOf = pub.Year - 1;
        }

        // "in April last year", "in March this year", "in June next year": the year phrase after the month says which.
        var which = i + 2 < end && Lower(d, i + 2) is "year" ? Lower(d, i + 1) : string.Empty;
        if (which is "last" or "this" or "next")
        {
            yearOf = which switch { "last" => pub.Year - 1, "next" => pub.Year + 1, _ => pub.Year };
            var dated = new DateOnly(yearOf, month, 1);
            return Make(d, first, i + 2, head, dated, DatePrecision.Month, dated > pub);
        }

        var monthDate = new DateOnly(yearOf, month, 1);
        return Make(d, first, i, head, monthDate, DatePrecision.Month, prev is "next");
    }

    /// <summary>"22 November 2024", "22nd of November".</summary>
    private static TemporalExpression? DayFirst(Document d, int i, int end, DateOnly pub)
    {
        if (!CalendarWords.TryDayNumber(d.FormSpan(i), out var day) || i + 1 >= end)
        {
            return null;
        }

        var k = i + 1;
        if (d.FormSpan(k) is "of" && k + 1 < end)
        {
            k++;
        }

        if (!CalendarWords.TryMonth(d.FormSpan(k), out var month) || !char.IsUpper(d.FormSpan(k)[0]))
        {
            return null;
        }

        var last = k;
        var year = 0;
        if (k + 1 < end && CalendarWords.TryYear(d.FormSpan(k + 1), out year))
        {
            last = k + 1;
        }

        return DayDate(d, i, last, k, year, month, day, pub);
    }

    private static TemporalExpression? DayDate(Document d, int first, int last, int head, int year, int month, int day, DateOnly pub)
    {
        var y = year > 0 ? year : (month < pub.Month || (month == pub.Month && day <= pub.Day) ? pub.Year : pub.Year - 1);
        if (day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        return Make(d, first, last, head, date, DatePrecision.Day, date > pub);
    }

    /// <summary>The lower-cased word before a token ("In 2019, ..." opens a sentence), or empty at the document's start.</summary>
    private static string WordBefore(Document d, int token) => token > 0 ? Lower(d, token - 1) : string.Empty;

    /// <summary>A token's word, lower-cased.</summary>
    private static string Lower(Document d, int token) => d.FormSpan(token).ToString().ToLowerInvariant();

    /// <summary>"in 2023", "during 2014", "early 2024".</summary>
    private static TemporalExpression? Year(Document d, int i, int end, ReadOnlySpan<char> w)
    {
        var modifier = Modifier(w);
        var k = modifier != PartOf.None && i + 1 < end ? i + 1 : i;
        if (!CalendarWords.TryYear(d.FormSpan(k), out var year))
        {
            return null;
        }

        var prev = WordBefore(d, i);
        if (modifier == PartOf.None && !(prev is "in" or "during" or "of" or "since" or "until" or "by" or "from" or "before" or "after"))
        {
            return null;
        }

        // "in 2,000 cases" never reaches here (the token is "2,000"); "in 2023 talks" is still a year.
        return Make(d, i, k, k, new DateOnly(year, 1, 1), DatePrecision.Year);
    }

    private enum PartOf
    {
        None,
        Early,
        Mid,
        Late,
    }

    private static PartOf Modifier(ReadOnlySpan<char> w) => w switch
    {
        "early" or "Early" => PartOf.Early,
        "mid" or "Mid" or "mid-" => PartOf.Mid,
        "late" or "Late" => PartOf.Late,
        _ => PartOf.None,
    };

}
