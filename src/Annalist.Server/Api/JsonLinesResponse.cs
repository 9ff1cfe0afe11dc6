using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Annalist.Server.Api;

/// <summary>JSON Lines (<c>application/x-ndjson</c>): one object per item and line, as <c>annalist code --format jsonl</c> prints them.</summary>
public sealed class JsonLinesResponse<T>(IEnumerable<T> items, Action<T, Utf8JsonWriter> write) : IResult
{
    public const string MediaType = "application/x-ndjson";

    private static readonly byte[] Newline = "\n"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        foreach (var item in items)
        {
            write(item, json);
            await json.FlushAsync(httpContext.RequestAborted);
            response.BodyWriter.Write(Newline);
            json.Reset();
        }

        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
