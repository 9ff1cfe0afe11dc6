using System.Reflection;
using Annalist.Server.Hosting;
using Annalist.Storage.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Annalist.Server.Api;

/// <summary>
/// <c>GET /health</c>: 200 with the version and the kind of store when the store answers a lookup,
/// 503 problem when it does not. Open even when reads are closed; it reveals no data.
/// </summary>
public static class HealthEndpoint
{
    private static readonly string Version =
        typeof(HealthEndpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/health", CheckAsync);

    private static async Task<IResult> CheckAsync(ServedStore served, CancellationToken cancellationToken)
    {
        // An indexed lookup of a document that cannot exist: one round trip to the store, no scan.
        _ = await served.Store.ContainsAsync(new DocumentKey(null, "health-check"), cancellationToken);
        return new JsonResponse(json =>
        {
            json.WriteStartObject();
            json.WriteString("status", "ok");
            json.WriteString("version", Version);
            json.WriteString("store", served.Kind.ToString().ToLowerInvariant());
            json.WriteEndObject();
        });
    }
}
