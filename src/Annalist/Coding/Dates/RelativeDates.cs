using Annalist.Documents;
using Annalist.Events;
using Annalist.Text;

namespace Annalist.Coding.Dates;

/// <summary>
/// Date expressions relative to the publication date: weekdays ("on Friday", "this Friday (22)"), deictic words and
/// periods ("yesterday", "last week", "two days ago", "earlier this month"), resolved to the most recent such day
/// or period unless the words point ahead.
/// </summary>
internal static class RelativeDates
{
    /// <summary>"Friday", "on Friday", "this Friday (22)", "last Friday", "next Monday", "Thursday night".</summary>
    internal static TemporalExpression? Weekday(Document d, int i, int end, DateOnly pub)
    {
        var first = i;
        var w = d.FormSpan(i);
        var deixis = w is "this" or "last" or "next" or "past" or "coming" ? w.ToString() : null;
        if (deixis is not null && i + 1 < end)
        {
            i++;
        }

        if (!CalendarWords.TryWeekday(d.FormSpan(i), out var weekday) || !char.IsUpper(d.FormSpan(i)[0]))
        {
            return null;
        }

        var head = i;
        var last = i;
        var dayNumber = 0;
        if (i + 3 < end && d.FormSpan(i + 1) is "(" && d.FormSpan(i + 3) is ")" && CalendarWords.TryDayNumber(d.FormSpan(i + 2), out dayNumber))
        {
            last = i + 3;
        }
        else if (i + 1 < end && d.FormSpan(i + 1) is "morning" or "afternoon" or "evening" or "night")
        {
            last = i + 1;
        }

        DateOnly date;
        var future = deixis is "next" or "coming";
        if (dayNumber > 0)
        {
            date = WeekdayWithDay(pub, weekday, dayNumber);
            future = date > pub;
        }
        else if (future)
        {
            var forward = ((int)weekday - (int)pub.DayOfWeek + 7) % 7;
            date = pub.AddDays(forward == 0 ? 7 : forward);
        }
        else
        {
            var back = ((int)pub.DayOfWeek - (int)weekday + 7) % 7;
            if (deixis is "last" or "past" && back == 0)
            {
                back = 7;
            }

            date = pub.AddDays(-back);
        }

        return TemporalExpressionFinder.Make(d, first, last, head, date, DatePrecision.Day, future);
    }

    /// <summary>The date with that day number nearest the publication date whose weekday matches (the number wins if none does).</summary>
    internal static DateOnly WeekdayWithDay(DateOnly pub, DayOfWeek weekday, int day)
    {
        DateOnly? fallback = null;
        foreach (var offset in new[] { 0, -1, 1 })
        {
            var month = new DateOnly(pub.Year, pub.Month, 1).AddMonths(offset);
            if (day > DateTime.DaysInMonth(month.Year, month.Month))
            {
                continue;
            }

            var candidate = new DateOnly(month.Year, month.Month, day);
            if (candidate.DayOfWeek == weekday)
            {
                return candidate;
            }

            fallback ??= candidate <= pub ? candidate : null;
        }

        return fallback ?? new DateOnly(pub.Year, pub.Month, Math.Min(day, DateTime.DaysInMonth(pub.Year, pub.Month)));
    }

    internal static TemporalExpression? Deictic(Document d, int i, int end, DateOnly pub, ReadOnlySpan<char> w)
    {
        string Lower(int k) => k < end ? d.Form(k).ToLowerInvariant() : string.Empty;
        var word = w.ToString().ToLowerInvariant();
        switch (word)
        {
            case "yesterday":
                return TemporalExpressionFinder.Make(d, i, i, i, pub.AddDays(-1), DatePrecision.Day);
            case "today" or "tonight":
                return TemporalExpressionFinder.Make(d, i, i, i, pub, DatePrecision.Day);
            case "tomorrow":
                return TemporalExpressionFinder.Make(d, i, i, i, pub.AddDays(1), DatePrecision.Day, future: true);
            case "recently" or "lately":
                return TemporalExpressionFinder.Make(d, i, i, i, pub, DatePrecision.Before);
            case "overnight":
                return TemporalExpressionFinder.Make(d, i, i, i, pub, DatePrecision.Before) with { FromStoryDay = true };
        }

        var next = Lower(i + 1);
        var third = Lower(i + 2);
        if (word is "this" or "last" or "next" or "past" && next is "morning" or "afternoon" or "evening" or "night" or "weekend" or "week" or "month" or "year")
        {
            return Period(d, i, i + 1, word, next, pub);
        }

        if (word is "earlier" or "later" && next is "this" or "last" && third is "week" or "month" or "year")
        {
            return Period(d, i, i + 2, next, third, pub);
        }

        if (word is "earlier" or "later" && next is "today")
        {
            return TemporalExpressionFinder.Make(d, i, i + 1, i + 1, pub, DatePrecision.Day, word == "later");
        }

        // "earlier in the day", "later in the day": the day of the story.
        if (word is "earlier" or "later" && next is "in" && third is "the" && Lower(i + 3) is "day")
        {
            return TemporalExpressionFinder.Make(d, i, i + 3, i + 3, pub, DatePrecision.Day, word == "later");
        }

        // "at the weekend", "over the weekend": the weekend of the publication date, or the last one before it.
        if (word is "the" && next is "weekend" && i > 0 && d.Form(i - 1).ToLowerInvariant() is "at" or "over" or "during" or "on")
        {
            return Period(d, i, i + 1, pub.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "this" : "last", "weekend", pub);
        }

        if (word is "in" && next is "recent" && third is "days" or "weeks" or "months" or "years")
        {
            return TemporalExpressionFinder.Make(d, i, i + 2, i + 2, pub, DatePrecision.Before);
        }

        // "two days ago", "a week ago", "three years ago"
        var amount = word switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "several" or "few" => -1,
            _ => int.TryParse(word, out var n) && n is > 0 and < 1000 ? n : 0,
        };
        if (amount != 0 && third == "ago")
        {
            var unit = next.TrimEnd('s');
            var (date, precision) = unit switch
            {
                "day" => (pub.AddDays(-Math.Max(amount, 1)), amount > 0 ? DatePrecision.Day : DatePrecision.Before),
                "week" => (pub.AddDays(-7 * Math.Max(amount, 1)), DatePrecision.Week),
                "month" => (pub.AddMonths(-Math.Max(amount, 1)), DatePrecision.Month),
                "year" => (pub.AddYears(-Math.Max(amount, 1)), DatePrecision.Year),
                _ => (default(DateOnly), DatePrecision.Day),
            };
            if (date != default)
            {
                return precision switch
                {
                    DatePrecision.Week => TemporalExpressionFinder.Make(d, i, i + 2, i + 2, StartOfWeek(date), DatePrecision.Week),
                    DatePrecision.Month => TemporalExpressionFinder.Make(d, i, i + 2, i + 2, new DateOnly(date.Year, date.Month, 1), DatePrecision.Month),
                    DatePrecision.Year => TemporalExpressionFinder.Make(d, i, i + 2, i + 2, new DateOnly(date.Year, 1, 1), DatePrecision.Year),
                    _ => TemporalExpressionFinder.Make(d, i, i + 2, i + 2, amount > 0 ? date : pub, precision),
                };
            }
        }

        // "on the 22nd" (an ordinal, so "on the 22 ships" is not a date)
        if (word == "the" && i > 0 && d.FormSpan(i - 1) is "on" && i + 1 < end && char.IsLetter(d.FormSpan(i + 1)[^1])
            && CalendarWords.TryDayNumber(d.FormSpan(i + 1), out var dayOfMonth))
        {
            var month = dayOfMonth <= pub.Day ? new DateOnly(pub.Year, pub.Month, 1) : new DateOnly(pub.Year, pub.Month, 1).AddMonths(-1);
            if (dayOfMonth <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                return TemporalExpressionFinder.Make(d, i, i + 1, i + 1, new DateOnly(month.Year, month.Month, dayOfMonth), DatePrecision.Day);
            }
        }

        return null;
    }

    internal static TemporalExpression Period(Document d, int first, int last, string deixis, string unit, DateOnly pub)
    {
        var future = deixis == "next";
        var shift = deixis switch
        {
            "last" or "past" => -1,
            "next" => 1,
            _ => 0,
        };
        return unit switch
        {
            "morning" or "afternoon" or "evening" or "night" => TemporalExpressionFinder.Make(d, first, last, last, deixis == "last" ? pub.AddDays(-1) : pub, DatePrecision.Day, future),
            "weekend" => TemporalExpressionFinder.Make(d, first, last, last, StartOfWeek(pub).AddDays(5 + (7 * shift)), DatePrecision.Week, future),
            "week" => TemporalExpressionFinder.Make(d, first, last, last, StartOfWeek(pub).AddDays(7 * shift), DatePrecision.Week, future),
            "month" => TemporalExpressionFinder.Make(d, first, last, last, new DateOnly(pub.Year, pub.Month, 1).AddMonths(shift), DatePrecision.Month, future),
            _ => TemporalExpressionFinder.Make(d, first, last, last, new DateOnly(pub.Year + shift, 1, 1), DatePrecision.Year, future),
        };
    }

    internal static DateOnly StartOfWeek(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
