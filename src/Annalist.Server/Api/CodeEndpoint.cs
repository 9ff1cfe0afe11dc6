using Annalist.Events;
using Annalist.Pipeline;
using Annalist.Server.Configuration;
using Annalist.Server.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Annalist.Server.Api;

/// <summary>
/// <c>POST /api/code</c>: one article in, its events out, nothing stored; the same pipeline and the
/// same records as <c>annalist code</c>. <c>Accept: application/x-ndjson</c> gives the records alone,
/// one per line, exactly as <c>annalist code --format jsonl</c> prints them.
/// </summary>
public static class CodeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/code", CodeAsync).AddEndpointFilter(new ApiKeyFilter(Access.Read));

    private static async Task<IResult> CodeAsync(HttpContext http, AnnotationPipeline pipeline, ServerSettings settings, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http.Request, settings.Limits.MaxBodyBytes, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        if (ArticleRequest.TryRead(http.Request, body!, settings.Limits.MaxTextLength, out var record) is { } invalid)
        {
            return invalid;
        }

        var result = pipeline.ProcessSafely(record);
        if (result.Document is not { } document)
        {
            // A stage threw: the server's fault, not the caller's. The log keeps the reason; the answer names no internals.
            loggers.CreateLogger(typeof(CodeEndpoint)).LogError("coding failed: {Problems}", string.Join("; ", result.Problems.Select(p => p.Message)));
            return Problems.Problem(StatusCodes.Status500InternalServerError, "Coding failed", "The coder failed on this text; the server log has the reason. Please report the text that caused it.");
        }

        if (http.Request.Headers.Accept.Any(a => a is not null && a.Contains(JsonLinesResponse<CodedEvent>.MediaType, StringComparison.OrdinalIgnoreCase)))
        {
            return new JsonLinesResponse<CodedEvent>(CodedDocumentJson.Events(document), EventJson.Write);
        }

        return new JsonResponse(json => CodedDocumentJson.Write(result, document, json));
    }
}
