using System.Data.Common;
using Annalist.Server.Api;
using Annalist.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Annalist.Server.Hosting;

/// <summary>
/// The outermost guard: any exception becomes a short problem+json answer (400/413 for a malformed
/// request, 503 when the store fails, 500 otherwise) and a log line. The answer never carries the
/// exception's text, a stack trace, a file path or a connection string, whatever the environment.
/// </summary>
public sealed class ProblemMiddleware(RequestDelegate next, ILogger<ProblemMiddleware> logger)
{
    /// <summary>Longest path and query string answered (characters); longer is a 414 problem.</summary>
    public const int MaxTargetLength = 8 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if ((context.Request.Path.Value?.Length ?? 0) + (context.Request.QueryString.Value?.Length ?? 0) > MaxTargetLength)
        {
            await Problems.Problem(StatusCodes.Status414UriTooLong, "URI too long", $"The path and query string are longer than {MaxTargetLength:N0} characters; send fewer or shorter parameters.").ExecuteAsync(context);
            return;
        }

        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            var (status, title, detail) = ex switch
            {
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "Request too large", "The request body is larger than the server accepts."),
                BadHttpRequestException bad => (bad.StatusCode, "Bad request", "The request could not be read."),
                StoreException or DbException => (503, "Store unavailable", "The event store could not answer; try again later. The server log has the reason."),
                _ => (500, "Internal error", "The server failed on this request; the server log has the reason."),
            };
            if (status >= 500)
            {
                logger.LogError(ex, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            }

            context.Response.Clear();
            await Problems.Problem(status, title, detail).ExecuteAsync(context);
        }
    }
}
