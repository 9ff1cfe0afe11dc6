using System.CommandLine;
using System.Globalization;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>The <c>--date</c> option of lookups: the date codes are chosen for (default: today, UTC).</summary>
internal static class DateOption
{
    public static Option<DateOnly?> Create() => new("--date")
    {
        Description = "The date to choose date-bounded codes for (YYYY-MM-DD). Default: today.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--date expects YYYY-MM-DD, got '{text}'.");
            return null;
        },
    };
}
