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
    public static readonly string[] Filters = ["actor", "recipient", "type", "cameo", "from", "to", "status", "text", "place_country", "place", "quad_class", "mode", "context"];

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
            PlaceCountry = Matching(query, "place_country", char.IsAsciiLetterUpper, "a country code (ISO 3166 alpha-3) such as UKR", upper: true),
            PlaceName = PlaceName(query),
            QuadClass = Quad(query),
            Mode = Matching(query, "mode", c => char.IsAsciiLetterLower(c) || c == '_', "a PLOVER mode such as missile", upper: false),
            Context = Matching(query, "context", c => char.IsAsciiLetterLower(c) || c == '_', "a PLOVER context such as military", upper: false),
        };
    }

    public EventQuery Query { get; private set; }

    /// <summary>The position a page sorted by something other than date continues from ("o" and a count in the cursor), or null.</summary>
    public int? Offset { get; private set; }

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
            else if (cursorText is ['o', .. var rest] && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                Offset = offset;
            }
            else
            {
                Error("cursor", "Not a cursor: pass back the next_cursor of the previous page unchanged.");
            }
        }

        Query = Query with { Limit = limit, After = after };
        return this;
    }

    /// <summary>
    /// Checks the type, mode, context and place country against the knowledge base, so a value the
    /// coder never gives (type=FIGHT, the PLOVER 0.5 name of ASSAULT) is an error, not an empty answer.
    /// </summary>
    public EventFilterParameters CheckedAgainst(CodeVocabulary vocabulary)
    {
        if (Query.EventType is { } type && !vocabulary.IsType(type))
        {
            Error("type", $"Unknown PLOVER event type '{type}'. Expected one of {string.Join(", ", vocabulary.Types.Select(t => t.Name))}.");
        }

        if (Query.Mode is { } mode && !vocabulary.IsMode(mode))
        {
            Error("mode", $"Unknown PLOVER mode '{mode}'. Expected one of {string.Join(", ", vocabulary.Types.SelectMany(t => t.Modes).Distinct().Order(StringComparer.Ordinal))}.");
        }

        if (Query.Context is { } context && !vocabulary.IsContext(context))
        {
            Error("context", $"Unknown PLOVER context '{context}'. Expected one of {string.Join(", ", vocabulary.Contexts)}.");
        }

        if (Query.PlaceCountry is { } country && (country.Length != 3 || vocabulary.Countries.All(c => c.Code != country)))
        {
            Error("place_country", $"Unknown country '{country}'. Expected an ISO 3166 alpha-3 code such as UKR or PRK.");
        }

        return this;
    }

    /// <summary>Pages come newest first (the cursor then continues downwards) or oldest first.</summary>
    public EventFilterParameters Ordered(bool newestFirst)
    {
        Query = Query with { NewestFirst = newestFirst };
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

    private string? PlaceName(IQueryCollection query)
    {
        var value = Value(query, "place");
        if (value is null)
        {
            return null;
        }

        if (value.Length > 200 || value.Any(char.IsControl))
        {
            Error("place", "Expected a place name as the places of GET /api/places give it (at most 200 characters).");
            return null;
        }

        return value;
    }

    private int? Quad(IQueryCollection query)
    {
        var value = Value(query, "quad_class");
        if (value is null)
        {
            return null;
        }

        if (value is "1" or "2" or "3" or "4")
        {
            return value[0] - '0';
        }

        Error("quad_class", "Expected 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict) or 4 (material conflict).");
        return null;
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
