using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Annalist.Events;
using Annalist.Storage.Query;

namespace Annalist.Cli.Commands;

/// <summary>The event filters shared by events, dyads and export.</summary>
internal sealed class EventFilterOptions
{
    public Option<string?> Actor { get; } = new("--actor") { Description = "Actor code or prefix (RUS matches RUS, RUSGOV, RUSMIL)." };

    public Option<string?> Recipient { get; } = new("--recipient") { Description = "Recipient code or prefix." };

    public Option<string?> Type { get; } = new("--type") { Description = "PLOVER event type (AID, ACCUSE, ...)." };

    public Option<string?> Cameo { get; } = new("--cameo") { Description = "CAMEO code prefix (07 matches 070-075)." };

    public Option<DateOnly?> From { get; } = new("--from") { Description = "First event date, YYYY-MM-DD (or YYYY-MM for the month's first day).", CustomParser = r => ParseDate(r, end: false) };

    public Option<DateOnly?> To { get; } = new("--to") { Description = "Last event date, YYYY-MM-DD (or YYYY-MM for the month's last day).", CustomParser = r => ParseDate(r, end: true) };

    public Option<string?> Status { get; } = new("--status")
    {
        Description = "Events some report gives this status: asserted, alleged, denied, hypothetical, conditional, negated, intended; or disputed (asserted or alleged by one report, denied or negated by another).",
    };

    public Option<string?> Text { get; } = new("--text") { Description = "Full-text query over the reporting articles: words, \"phrases\", OR, -excluded." };

    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many events." };

    public EventFilterOptions()
    {
        Status.AcceptOnlyFromAmong([.. Enum.GetValues<EventStatus>().Select(EventJson.StatusName), "disputed"]);
        Text.Validators.Add(result =>
        {
            try
            {
                _ = TextQuery.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty);
            }
            catch (FormatException ex)
            {
                result.AddError(ex.Message);
            }
        });
        Limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--limit must not be negative.");
            }
        });
    }

    public void AddTo(Command command, bool withLimit = true)
    {
        command.Options.Add(Actor);
        command.Options.Add(Recipient);
        command.Options.Add(Type);
        command.Options.Add(Cameo);
        command.Options.Add(From);
        command.Options.Add(To);
        command.Options.Add(Status);
        command.Options.Add(Text);
        if (withLimit)
        {
            command.Options.Add(Limit);
        }
    }

    public EventQuery Build(ParseResult parsed)
    {
        var status = parsed.GetValue(Status);
        return new EventQuery
        {
            Actor = parsed.GetValue(Actor),
            Recipient = parsed.GetValue(Recipient),
            EventType = parsed.GetValue(Type),
            CameoPrefix = parsed.GetValue(Cameo),
            From = parsed.GetValue(From),
            To = parsed.GetValue(To),
            Status = status is not null && EventJson.TryParseStatus(status, out var s) ? s : null,
            DisputedOnly = status == "disputed",
            Text = parsed.GetValue(Text) is { } text ? TextQuery.Parse(text) : null,
            Limit = parsed.GetValue(Limit),
        };
    }

    private static DateOnly? ParseDate(ArgumentResult result, bool end)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        result.AddError($"{result.Argument.Name} expects YYYY-MM-DD or YYYY-MM, got '{text}'.");
        return null;
    }
}
