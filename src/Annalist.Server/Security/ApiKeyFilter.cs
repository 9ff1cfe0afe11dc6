using Annalist.Server.Api;
using Annalist.Server.Configuration;
using Microsoft.AspNetCore.Http;

namespace Annalist.Server.Security;

/// <summary>
/// Checks <c>Authorization: Bearer KEY</c> on the endpoints of one <see cref="Access"/> kind: writes
/// always, reads only when configured. 401 (with <c>WWW-Authenticate</c>) for a missing or wrong key,
/// 403 when writing is off because no key is configured.
/// </summary>
public sealed class ApiKeyFilter(Access access) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var settings = http.RequestServices.GetService(typeof(ServerSettings)) as ServerSettings ?? throw new InvalidOperationException("ServerSettings is not registered");
        if (access == Access.Read && !settings.RequireKeyForReads)
        {
            return await next(context);
        }

        var keys = http.RequestServices.GetService(typeof(ApiKeyRing)) as ApiKeyRing ?? throw new InvalidOperationException("ApiKeyRing is not registered");
        if (!keys.IsConfigured)
        {
            return Problems.Forbidden("Writing to the store is turned off: no API key is configured on the server (Annalist:ApiKeys or ANNALIST_API_KEYS).");
        }

        if (!keys.Accepts(BearerToken(http.Request.Headers.Authorization.ToString())))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"annalist\"";
            return Problems.Unauthorized(access == Access.Write
                ? "This endpoint changes the store and needs an API key: send 'Authorization: Bearer KEY'."
                : "Reads are closed on this server: send 'Authorization: Bearer KEY'.");
        }

        return await next(context);
    }

    private static string? BearerToken(string header)
    {
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : null;
    }
}
