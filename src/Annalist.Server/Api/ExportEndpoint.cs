using Annalist.Server.Hosting;
using Annalist.Server.Security;
using Annalist.Storage.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Server.Api;

/// <summary>
/// <c>GET /api/export?format=csv|plover-jsonl|gdelt-events|gdelt-mentions</c>: every event matching the
/// filters of <c>GET /api/events</c>, in the files <c>annalist export</c> writes (the same writers),
/// streamed as a download in date order, so an export of the whole store never sits in memory.
/// </summary>
public static class ExportEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/export", ExportAsync).AddEndpointFilter(new ApiKeyFilter(Access.Read));

    private static async Task<IResult> ExportAsync(HttpContext http, ServedStore served, CodeVocabulary vocabulary, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        var parameters = EventFilterParameters.Read(query, "format", "header").CheckedAgainst(vocabulary);
        var errors = parameters.Errors.ToDictionary();
        var format = EventFilterParameters.Value(query, "format") ?? "csv";
        var header = EventFilterParameters.Value(query, "header") ?? "false";
        if (!EventExport.IsFormat(format))
        {
            errors["format"] = [$"Expected one of {string.Join(", ", EventExport.Formats)}."];
        }

        if (header is not ("true" or "false"))
        {
            errors["header"] = ["Expected true (a line of column names at the top of GDELT files) or false."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        return new ExportResult(served, parameters, format, header == "true");
    }

    private sealed class ExportResult(ServedStore served, EventFilterParameters parameters, string format, bool header) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = EventExport.MediaType(format) + "; charset=utf-8";
            response.Headers.ContentDisposition = $"attachment; filename=\"annalist-events.{EventExport.Extension(format)}\"";
            var events = served.Store.QueryEventsAsync(parameters.Query, includeMentions: true, httpContext.RequestAborted);
            await EventExport.WriteAsync(events, response.Body, format, header, httpContext.RequestAborted);
        }
    }
}
