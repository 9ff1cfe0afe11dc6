using System.Globalization;
using Annalist.Events;
using Annalist.Server.Configuration;
using Annalist.Storage.Query;
using Microsoft.AspNetCore.Http;

namespace Annalist.Server.Api;

/// <summary>
/// The query parameters of the read endpoints, named like the options of <c>annalist events</c>:
/// <c>actor, recipient, type, cameo, from, to, status, text</c>, plus <c>limit</c> and <c>cursor</c> for
/// paging. Every value is checked; an unknown parameter is an error too, so a typo never silently
/// widens a query.
/// </summary>
public sealed class EventFilterParameters
{
    public static readonly string[] Filters = ["actor", "recipient", "type", "cameo", "from", "to", "status", "text"];

    private const int MaxCodeLength = 32;
    private const int MaxTextQueryLength = 500;

    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    private EventFilterParameters(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        foreach (var key in query.Keys)
        {
            if (!allowed.Contains(key))
            {
                Error(key, $"Unknown parameter. This endpoint takes: {string.Join(", ", allowed)}.");
            }
            else if (query[key].Count > 1)
            {
                Error(key, "Give this parameter once.");
            }
        }

        var status = Value(query, "status");
        Query = new EventQuery
        {
            Actor = Code(query, "actor"),
            Recipient = Code(query, "recipient"),
            EventType = Matching(query, "type", c => char.IsAsciiLetterUpper(c) || c == '_', "a PLOVER event type such as ACCUSE or AID", upper: true),
            CameoPrefix = Matching(query, "cameo", char.IsAsciiDigit, "CAMEO digits such as 11 or 072", upper: false),
            From = Date(query, "from", end: false),
            To = Date(query, "to", end: true),
            Status = status is not null && status != "disputed" ? Status(status) : null,
            DisputedOnly = status == "disputed",
            Text = Text(query),
        };
    }

    public EventQuery Query { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors => errors;

    public bool IsValid => errors.Count == 0;

    /// <summary>Reads the filters and any of <paramref name="extra"/> (which the caller reads itself).</summary>
    public static EventFilterParameters Read(IQueryCollection query, params string[] extra) => new(query, [.. Filters, .. extra]);

    /// <summary>Reads <c>limit</c> (default and maximum from the limits) and <c>cursor</c> into the query.</summary>
    public EventFilterParameters WithPaging(IQueryCollection query, ServerLimits limits)
    {
        var limit = limits.DefaultPageSize;
        if (Value(query, "limit") is { } limitText)
        {
            if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > limits.MaxPageSize)
            {
                Error("limit", $"Expected a page size from 1 to {limits.MaxPageSize} (Annalist:Limits:MaxPageSize).");
            }
        }

        EventCursor? after = null;
        if (Value(query, "cursor") is { } cursorText)
        {
            if (EventCursor.TryParse(cursorText, out var cursor))
            {
                after = cursor;
            }
            else
            {
                Error("cursor", "Not a cursor: pass back the next_cursor of the previous page unchanged.");
            }
        }

        Query = Query with { Limit = limit, After = after };
        return this;
    }

    /// <summary>One optional parameter's value, or null when absent or blank.</summary>
    public static string? Value(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.ToString().Trim() is { Length: > 0 } value ? value : null;

    private void Error(string name, string message) => errors[name] = [.. errors.GetValueOrDefault(name) ?? [], message];

    private string? Code(IQueryCollection query, string name) =>
        Matching(query, name, char.IsAsciiLetterOrDigit, "an actor code or prefix such as RUS or KORGOV", upper: true);

    private string? Matching(IQueryCollection query, string name, Func<char, bool> allowed, string expected, bool upper)
    {
        var value = Value(query, name);
        if (value is null)
        {
            return null;
        }

        value = upper ? value.ToUpperInvariant() : value;
        if (value.Length > MaxCodeLength || !value.All(allowed))
        {
            Error(name, $"Expected {expected}.");
            return null;
        }

        return value;
    }

    private DateOnly? Date(IQueryCollection query, string name, bool end)
    {
        var value = Value(query, name);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return end ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
        }

        Error(name, "Expected YYYY-MM-DD, or YYYY-MM for the month's " + (end ? "last" : "first") + " day.");
        return null;
    }

    private EventStatus? Status(string value)
    {
        if (EventJson.TryParseStatus(value, out var status))
        {
            return status;
        }

        Error("status", $"Expected one of {string.Join(", ", Enum.GetValues<EventStatus>().Select(EventJson.StatusName))} or disputed.");
        return null;
    }

    private TextQuery? Text(IQueryCollection query)
    {
        var value = Value(query, "text");
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxTextQueryLength)
        {
            Error("text", $"A text query may have at most {MaxTextQueryLength} characters.");
            return null;
        }

        try
        {
            return TextQuery.Parse(value);
        }
        catch (FormatException ex)
        {
            Error("text", char.ToUpperInvariant(ex.Message[0]) + ex.Message[1..] + ".");
            return null;
        }
    }
}
