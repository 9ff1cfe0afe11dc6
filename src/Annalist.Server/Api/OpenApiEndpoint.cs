using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Server.Api;

/// <summary>
/// <c>GET /openapi.json</c>: the OpenAPI 3.1 description of the API. It is written by hand beside the
/// endpoints (Api/openapi.json, embedded) because the answers are written by hand too, by the shared
/// record writers; tests hold the two together (every route documented, every documented field emitted).
/// </summary>
public static class OpenApiEndpoint
{
    private static readonly Lazy<byte[]> Document = new(() =>
    {
        using var stream = typeof(OpenApiEndpoint).Assembly.GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("the OpenAPI document is not embedded in the server assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/openapi.json", () => Results.Bytes(Document.Value, "application/json; charset=utf-8"));
}
