namespace Annalist.Knowledge.Petrarch;

/// <summary>Dates of PETRARCH dictionaries: YYYYMMDD or YYMMDD, where YY of 00–30 is 20YY and otherwise 19YY (as TABARI and PETRARCH).</summary>
internal static class PetrarchDate
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        if (!text.All(char.IsAsciiDigit))
        {
            return false;
        }

        int year, month, day;
        switch (text.Length)
        {
            case 8:
                year = int.Parse(text.AsSpan(0, 4), provider: null);
                month = int.Parse(text.AsSpan(4, 2), provider: null);
                day = int.Parse(text.AsSpan(6, 2), provider: null);
                break;
            case 6:
                year = int.Parse(text.AsSpan(0, 2), provider: null);
                year += year <= 30 ? 2000 : 1900;
                month = int.Parse(text.AsSpan(2, 2), provider: null);
                day = int.Parse(text.AsSpan(4, 2), provider: null);
                break;
            default:
                return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
