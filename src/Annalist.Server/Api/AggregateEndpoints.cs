using System.Globalization;
using System.Text.Json;
using Annalist.Events;
using Annalist.Server.Hosting;
using Annalist.Server.Security;
using Annalist.Storage.Export;
using Annalist.Storage.Query;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Server.Api;

/// <summary>
/// What the workbench's charts draw, aggregated by the store over every event of the filter (the
/// filters of <c>GET /api/events</c>): <c>GET /api/series</c> (events per period stacked by QuadClass),
/// <c>GET /api/places</c> (the busiest places, events per country, how many have no place),
/// <c>GET /api/network</c> (dyad totals), plus <c>GET /api/events/{id}/article</c> (the stored article
/// of one report, for a permalink) and <c>GET /api/vocabulary</c> (codes and their names). An answer
/// cut by a limit says so and carries the totals of what it left out.
/// </summary>
public static class AggregateEndpoints
{
    /// <summary>Most places one answer lists (the countries and totals are never cut).</summary>
    public const int MaxPlaces = 2000;

    /// <summary>Most dyads one network answer lists.</summary>
    public const int MaxDyads = 500;

    public static void Map(RouteGroupBuilder api)
    {
        var filter = new ApiKeyFilter(Access.Read);
        api.MapGet("/series", SeriesAsync).AddEndpointFilter(filter);
        api.MapGet("/places", PlacesAsync).AddEndpointFilter(filter);
        api.MapGet("/network", NetworkAsync).AddEndpointFilter(filter);
        api.MapGet("/events/{id}/article", ArticleAsync).AddEndpointFilter(filter);
        api.MapGet("/vocabulary", Vocabulary).AddEndpointFilter(filter);
    }

    private static async Task<IResult> SeriesAsync(HttpContext http, ServedStore served, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var parameters = EventFilterParameters.Read(query, "by").CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var by = EventFilterParameters.Value(query, "by") ?? "month";
        if (by is not ("day" or "week" or "month"))
        {
            errors["by"] = ["Expected day, week (starting Monday) or month."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var period = by switch { "day" => DyadPeriod.Day, "week" => DyadPeriod.Week, _ => DyadPeriod.Month };
        var points = await served.Store.QuerySeriesAsync(parameters.Query, period, cancellationToken);
        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteString("by", by);
            json.WriteNumber("events", points.Sum(p => p.Events));
            json.WriteStartArray("points");
            foreach (var p in points)
            {
                json.WriteStartObject();
                json.WriteString("period", p.PeriodStart.ToString(period == DyadPeriod.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("period_start", Day(p.PeriodStart));
                json.WriteString("period_end", Day(period switch { DyadPeriod.Day => p.PeriodStart, DyadPeriod.Week => p.PeriodStart.AddDays(6), _ => p.PeriodStart.AddMonths(1).AddDays(-1) }));
                json.WriteNumber("events", p.Events);
                json.WriteNumber("goldstein_sum", p.GoldsteinSum);
                WriteQuads(json, p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> PlacesAsync(HttpContext http, ServedStore served, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var parameters = EventFilterParameters.Read(query, "limit").CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var limit = Limit(query, "limit", 500, MaxPlaces, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var summary = await served.Store.QueryPlacesAsync(parameters.Query, limit, cancellationToken);
        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("places");
            foreach (var p in summary.Places)
            {
                json.WriteStartObject();
                json.WriteString("name", p.Name);
                json.WriteString("country", p.Country);
                json.WriteString("admin1", p.Admin1);
                json.WriteNumber("geonameid", p.GeonameId);
                json.WriteNumber("lat", p.Latitude);
                json.WriteNumber("lon", p.Longitude);
                json.WriteString("precision", p.Precision.ToString().ToLowerInvariant());
                json.WriteNumber("events", p.Events);
                WriteQuads(json, p.VerbalCooperation, p.MaterialCooperation, p.VerbalConflict, p.MaterialConflict);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("countries");
            foreach (var c in summary.Countries)
            {
                json.WriteStartObject();
                json.WriteString("country", c.Country);
                json.WriteNumber("events", c.Events);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("limit", limit);
            json.WriteNumber("place_total", summary.PlaceTotal);
            json.WriteNumber("placed_events", summary.PlacedEvents);
            json.WriteNumber("unplaced_events", summary.UnplacedEvents);
            json.WriteBoolean("truncated", summary.Truncated);
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> NetworkAsync(HttpContext http, ServedStore served, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var parameters = EventFilterParameters.Read(query, "level", "limit", "min_events").CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var level = EventFilterParameters.Value(query, "level") ?? "country";
        if (level is not ("country" or "code"))
        {
            errors["level"] = ["Expected country (dyads of actor countries) or code (of full actor codes)."];
        }

        var limit = Limit(query, "limit", 60, MaxDyads, errors);
        var minimum = Limit(query, "min_events", 1, int.MaxValue, errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var summary = await served.Store.QueryDyadTotalsAsync(parameters.Query, level == "code" ? DyadLevel.Code : DyadLevel.Country, limit, minimum, cancellationToken);
        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteString("level", level);
            json.WriteStartArray("dyads");
            foreach (var d in summary.Dyads)
            {
                json.WriteStartObject();
                json.WriteString("actor", d.Actor);
                json.WriteString("recipient", d.Recipient);
                json.WriteNumber("events", d.Events);
                json.WriteNumber("goldstein_sum", d.GoldsteinSum);
                WriteQuads(json, d.VerbalCooperation, d.MaterialCooperation, d.VerbalConflict, d.MaterialConflict);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("limit", limit);
            json.WriteNumber("min_events", minimum);
            json.WriteNumber("dyads_at_minimum", summary.DyadsAtMinimum);
            json.WriteNumber("dyad_total", summary.DyadTotal);
            json.WriteNumber("events_shown", summary.EventsShown);
            json.WriteNumber("events_with_recipient", summary.EventsWithRecipient);
            json.WriteBoolean("truncated", summary.Truncated);
            json.WriteEndObject();
        });
    }

    private static async Task<IResult> ArticleAsync(string id, HttpContext http, ServedStore served, CancellationToken cancellationToken)
    {
        var unknown = http.Request.Query.Keys.Where(k => k != "report").ToList();
        if (unknown.Count > 0)
        {
            return Problems.Invalid(unknown[0], "Unknown parameter. This endpoint takes: report.");
        }

        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var eventId))
        {
            return Problems.Invalid("id", "Expected a stored event id (a positive whole number, the 'id' of GET /api/events).");
        }

        var report = 0;
        if (EventFilterParameters.Value(http.Request.Query, "report") is { } reportText
            && (!int.TryParse(reportText, NumberStyles.None, CultureInfo.InvariantCulture, out report) || report < 0))
        {
            return Problems.Invalid("report", "Expected the index of a report (0 for the first, as in the event's 'mentions').");
        }

        var e = await served.Store.GetEventAsync(eventId, cancellationToken);
        if (e is null)
        {
            return Problems.NotFound($"No event {eventId} in the store.");
        }

        if (report >= e.Mentions.Count)
        {
            return Problems.NotFound($"Event {eventId} has {e.Mentions.Count} report(s); report {report} does not exist.");
        }

        var mention = e.Mentions[report];
        var article = await served.Store.GetArticleAsync(mention.DocumentStoreId, cancellationToken);
        if (article is null)
        {
            return Problems.NotFound($"The article of report {report} of event {eventId} is no longer stored.");
        }

        return new JsonResponse(json =>
        {
            // The shape of POST /api/code's answer, so the Code view draws it with the same highlights.
            json.WriteStartObject();
            json.WriteNumber("event_id", e.Id);
            json.WriteNumber("report", report);
            json.WriteNumber("reports", e.Mentions.Count);
            json.WriteString("doc_id", article.DocumentId);
            json.WriteString("title", article.Title);
            json.WriteString("url", article.Url);
            json.WriteString("outlet", article.Outlet);
            json.WriteString("publication_date", article.PublicationDate is { } published ? Day(published) : null);
            json.WriteString("text", article.Text);
            json.WriteNumber("text_length", article.Text.Length);
            json.WriteStartArray("sentences");
            foreach (var sentence in article.Sentences)
            {
                json.WriteStartObject();
                json.WriteNumber("start", sentence.Start);
                json.WriteNumber("end", sentence.End);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("events");
            EventJson.Write(mention.Record, json);
            json.WriteEndArray();
            json.WriteStartArray("problems");
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Vocabulary(HttpContext http, CodeVocabulary vocabulary)
    {
        if (http.Request.Query.Count > 0)
        {
            return Problems.Invalid(http.Request.Query.Keys.First(), "Unknown parameter. This endpoint takes none.");
        }

        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("types");
            foreach (var t in vocabulary.Types)
            {
                json.WriteStartObject();
                json.WriteString("name", t.Name);
                json.WriteNumber("quad_class", t.QuadClass);
                json.WriteStartArray("modes");
                foreach (var mode in t.Modes)
                {
                    json.WriteStringValue(mode);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("contexts");
            foreach (var context in vocabulary.Contexts)
            {
                json.WriteStringValue(context);
            }

            json.WriteEndArray();
            json.WriteStartArray("countries");
            foreach (var c in vocabulary.Countries)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Code);
                json.WriteString("name", c.Name);
                json.WriteStartArray("other_names");
                foreach (var name in c.OtherNames.Where(n => n.Length > 0))
                {
                    json.WriteStringValue(name);
                }

                json.WriteEndArray();
                json.WriteNumber("lat", c.Latitude);
                json.WriteNumber("lon", c.Longitude);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static int Limit(IQueryCollection query, string name, int fallback, int maximum, Dictionary<string, string[]> errors)
    {
        if (EventFilterParameters.Value(query, name) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= maximum)
        {
            return value;
        }

        errors[name] = [$"Expected a whole number from 1 to {maximum}."];
        return fallback;
    }

    private static void WriteQuads(Utf8JsonWriter json, long q1, long q2, long q3, long q4)
    {
        json.WriteStartObject("quad_class");
        json.WriteNumber("1", q1);
        json.WriteNumber("2", q2);
        json.WriteNumber("3", q3);
        json.WriteNumber("4", q4);
        json.WriteEndObject();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
