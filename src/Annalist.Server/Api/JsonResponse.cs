using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Annalist.Server.Api;

/// <summary>
/// A JSON answer written straight to the response with <see cref="Utf8JsonWriter"/>, so the API emits
/// exactly the field names of the shared writers (<c>EventJson</c>, <c>StoredEventJson</c>) with no
/// second serialisation model to drift from them.
/// </summary>
public sealed class JsonResponse(Action<Utf8JsonWriter> write, string contentType = "application/json; charset=utf-8", int statusCode = StatusCodes.Status200OK) : IResult
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        await using (var json = new Utf8JsonWriter(response.BodyWriter, Options))
        {
            write(json);
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
