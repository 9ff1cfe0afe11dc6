using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Annalist.Server.Workbench;

/// <summary>
/// Serves the workbench (plain HTML, CSS and ES modules under wwwroot/, and the Natural Earth outline
/// for the map) from resources embedded in the server assembly: no files on disk, no CDN, works
/// offline. Each file is one route; answers are compressed ahead of time and revalidated by ETag.
/// </summary>
public static class WorkbenchAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly Lazy<IReadOnlyList<StaticAsset>> All = new(Load);

    public static IReadOnlyList<StaticAsset> Assets => All.Value;

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var asset in All.Value)
        {
            app.MapGet("/" + asset.Path, (HttpContext http) => Serve(http, asset));
            if (asset.Path == "index.html")
            {
                app.MapGet("/", (HttpContext http) => Serve(http, asset));
            }
        }
    }

    private static IReadOnlyList<StaticAsset> Load()
    {
        var assembly = typeof(WorkbenchAssets).Assembly;
        var assets = new List<StaticAsset>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets.Add(new StaticAsset(name[Prefix.Length..].Replace('\\', '/'), copy.ToArray()));
        }

        return assets;
    }

    private static Task Serve(HttpContext http, StaticAsset asset)
    {
        var request = http.Request;
        var response = http.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (request.Headers.IfNoneMatch.Any(tag => tag == asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        var accepted = request.Headers.AcceptEncoding.ToString();
        var (body, encoding) = asset.Brotli is not null && accepted.Contains("br", StringComparison.OrdinalIgnoreCase) ? (asset.Brotli, "br")
            : asset.Gzip is not null && accepted.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? (asset.Gzip, "gzip")
            : (asset.Content, null);
        if (encoding is not null)
        {
            response.Headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }
}
