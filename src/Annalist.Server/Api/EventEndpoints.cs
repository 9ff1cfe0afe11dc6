using System.Globalization;
using Annalist.Server.Configuration;
using Annalist.Server.Hosting;
using Annalist.Server.Security;
using Annalist.Storage.Export;
using Annalist.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Server.Api;

/// <summary>
/// The read endpoints over the store: <c>GET /api/events</c> (the filters of <c>annalist events</c>,
/// keyset paging with an opaque cursor), <c>GET /api/events/{id}</c> (every report with its evidence),
/// <c>GET /api/dyads</c> (the series of <c>annalist dyads</c>) and <c>GET /api/actors?q=</c>.
/// </summary>
public static class EventEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var filter = new ApiKeyFilter(Access.Read);
        api.MapGet("/events", ListAsync).AddEndpointFilter(filter);
        api.MapGet("/events/{id}", GetAsync).AddEndpointFilter(filter);
        api.MapGet("/dyads", DyadsAsync).AddEndpointFilter(filter);
        api.MapGet("/actors", ActorsAsync).AddEndpointFilter(filter);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ServedStore served, ServerSettings settings, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var parameters = EventFilterParameters.Read(http.Request.Query, "limit", "cursor", "order", "total", "sort").WithPaging(http.Request.Query, settings.Limits).CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var order = EventFilterParameters.Value(http.Request.Query, "order") ?? "oldest";
        var total = EventFilterParameters.Value(http.Request.Query, "total") ?? "false";
        var sort = EventFilterParameters.Value(http.Request.Query, "sort") ?? "date";
        if (order is not ("oldest" or "newest" or "asc" or "desc"))
        {
            errors["order"] = ["Expected oldest or asc (ascending; the default) or newest or desc. A cursor continues in the order it was made in."];
        }

        if (sort is not ("date" or "goldstein" or "reports"))
        {
            errors["sort"] = ["Expected date (the default; keyset paging), goldstein or reports (mentions)."];
        }
        else if ((sort == "date" && parameters.Offset is not null) || (sort != "date" && parameters.Query.After is not null))
        {
            errors["cursor"] = ["This cursor belongs to another sort: pass back the next_cursor of a page with the same sort and order."];
        }

        if (total is not ("true" or "false"))
        {
            errors["total"] = ["Expected true (count every matching event, once, for the first page) or false."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        parameters = parameters.Ordered(newestFirst: order is "newest" or "desc");
        long? count = total == "true" ? await served.Store.CountEventsAsync(parameters.Query, cancellationToken) : null;
        if (sort != "date")
        {
            return await SortedPageAsync(served, parameters, sort == "goldstein" ? EventSort.Goldstein : EventSort.Mentions, order, count, cancellationToken);
        }

        // One more than asked tells whether another page follows, without a count over the whole store.
        var pageSize = parameters.Query.Limit!.Value;
        var events = new List<StoredEvent>(pageSize + 1);
        await foreach (var e in served.Store.QueryEventsAsync(parameters.Query with { Limit = pageSize + 1 }, includeMentions: true, cancellationToken))
        {
            events.Add(e);
        }

        var more = events.Count > pageSize;
        if (more)
        {
            events.RemoveAt(events.Count - 1);
        }

        return Page(events, pageSize, more ? events[^1].Cursor.ToString() : null, order, count);
    }

    /// <summary>A page sorted by Goldstein value or mentions: offset paging, the cursor "o" and the offset of the next page.</summary>
    private static async Task<IResult> SortedPageAsync(ServedStore served, EventFilterParameters parameters, EventSort sort, string order, long? count, CancellationToken cancellationToken)
    {
        var pageSize = parameters.Query.Limit!.Value;
        var offset = parameters.Offset ?? 0;
        var events = (await served.Store.QueryEventsSortedAsync(parameters.Query, sort, offset, pageSize + 1, cancellationToken)).ToList();
        var more = events.Count > pageSize;
        if (more)
        {
            events.RemoveAt(events.Count - 1);
        }

        return Page(events, pageSize, more ? "o" + (offset + pageSize).ToString(CultureInfo.InvariantCulture) : null, order, count);
    }

    private static JsonResponse Page(List<StoredEvent> events, int pageSize, string? nextCursor, string order, long? count) => new(json =>
    {
        json.WriteStartObject();
        json.WriteStartArray("events");
        foreach (var e in events)
        {
            StoredEventJson.Write(e, json);
        }

        json.WriteEndArray();
        json.WriteNumber("limit", pageSize);
        json.WriteString("next_cursor", nextCursor);
        json.WriteString("order", order);
        if (count is { } counted)
        {
            json.WriteNumber("total", counted);
        }

        json.WriteEndObject();
    });

    private static async Task<IResult> GetAsync(string id, ServedStore served, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return Problems.Invalid("id", "Expected a stored event id (a positive whole number, the 'id' of GET /api/events).");
        }

        var e = await served.Store.GetEventAsync(eventId, cancellationToken);
        return e is null
            ? Problems.NotFound($"No event {eventId} in the store.")
            : new JsonResponse(json => StoredEventJson.Write(e, json));
    }

    private static async Task<IResult> DyadsAsync(HttpContext http, ServedStore served, ServerSettings settings, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var parameters = EventFilterParameters.Read(query, "by", "level").CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var by = EventFilterParameters.Value(query, "by") ?? "month";
        var level = EventFilterParameters.Value(query, "level") ?? "country";
        if (by is not ("day" or "week" or "month"))
        {
            errors["by"] = ["Expected day, week (starting Monday) or month."];
        }

        if (level is not ("country" or "code"))
        {
            errors["level"] = ["Expected country (dyads of actor countries) or code (of full actor codes)."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var period = by switch { "day" => DyadPeriod.Day, "week" => DyadPeriod.Week, _ => DyadPeriod.Month };
        var rows = new List<DyadRow>();
        var truncated = false;
        await foreach (var row in served.Store.QueryDyadsAsync(parameters.Query, period, level == "code" ? DyadLevel.Code : DyadLevel.Country, cancellationToken))
        {
            if (rows.Count == settings.Limits.MaxDyadRows)
            {
                truncated = true;
                break;
            }

            rows.Add(row);
        }

        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteString("by", by);
            json.WriteString("level", level);
            json.WriteStartArray("rows");
            foreach (var row in rows)
            {
                DyadRowJson.Write(row, period, json);
            }

            json.WriteEndArray();
            json.WriteBoolean("truncated", truncated);
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> ActorsAsync(HttpContext http, ServedStore served, ServerSettings settings, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var unknown = query.Keys.Where(k => k is not ("q" or "limit")).ToList();
        if (unknown.Count > 0)
        {
            return Problems.Invalid(unknown[0], "Unknown parameter. This endpoint takes: q, limit.");
        }

        var prefix = EventFilterParameters.Value(query, "q") ?? string.Empty;
        if (prefix.Length > 64)
        {
            return Problems.Invalid("q", "A lookup may have at most 64 characters.");
        }

        var limit = 20;
        if (EventFilterParameters.Value(query, "limit") is { } limitText
            && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > settings.Limits.MaxActors))
        {
            return Problems.Invalid("limit", $"Expected a number from 1 to {settings.Limits.MaxActors}.");
        }

        var actors = await served.Store.SearchActorsAsync(prefix, limit, cancellationToken);
        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("actors");
            foreach (var actor in actors)
            {
                json.WriteStartObject();
                json.WriteString("code", actor.Code);
                json.WriteString("country", actor.Country);
                json.WriteString("text", actor.Text);
                json.WriteNumber("events", actor.Events);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
