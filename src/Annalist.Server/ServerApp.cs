using Annalist.Composition;
using Annalist.Pipeline;
using Annalist.Server.Api;
using Annalist.Server.Configuration;
using Annalist.Server.Hosting;
using Annalist.Server.Security;
using Annalist.Server.Workbench;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Annalist.Server;

/// <summary>
/// Composes <c>annalist serve</c>: configuration, the coding pipeline, the served store, the API, the
/// workbench and the middleware in front of them. Both <c>annalist serve</c> and the server's own entry
/// point (which the tests host) build the application here.
/// </summary>
public static class ServerApp
{
    /// <summary>Loopback only: serving other machines is a decision the operator makes with <c>--urls</c>.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Builds the application. <paramref name="args"/> are ASP.NET Core command-line settings
    /// (<c>--urls</c>, <c>--Annalist:Store</c>, and <c>--store</c> as a short form); <paramref name="settings"/>
    /// override every other source (the CLI passes its parsed options here); <paramref name="configFile"/>
    /// is an optional JSON settings file.
    /// </summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null, string? configFile = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(ServerApp).Assembly.GetName().Name,
        });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--store"] = $"{ServerSettings.Section}:Store" });
        if (configFile is not null)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }

        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrls);
        }

        // Request lines at Information would cost throughput and fill logs; the operator can turn them back on.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // "Hosting failed to start" would print the whole stack trace; `annalist serve` reports the reason in one line.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton(sp => new ApiKeyRing(sp.GetRequiredService<ServerSettings>().ApiKeys));
        builder.Services.AddSingleton(_ => PipelineFactory.Code());
        builder.Services.AddSingleton<ServedStore>();
        builder.Services.AddSingleton(_ => new CodeVocabulary(() => PipelineFactory.DefaultKnowledge));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ServedStore>());
        builder.Services.AddProblemDetails();
        builder.Services.AddCors();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = false);
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false;
            var limits = ServerSettings.From(context.Configuration).Limits;
            kestrel.Limits.MaxRequestBodySize = Math.Max(limits.MaxBodyBytes, limits.MaxIngestBodyBytes);

            // Kestrel answers a request line over its limit with a bare 414; above ours (ProblemMiddleware.MaxTargetLength)
            // and up to this one the caller gets a problem+json 414 that says what to do.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
        });

        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        var settings = app.Services.GetRequiredService<ServerSettings>();
        var keys = app.Services.GetRequiredService<ApiKeyRing>();

        // Load the models and knowledge now, not on the first request: a missing data file stops the
        // server before it listens, and the first analyst does not wait for the loading.
        var pipeline = app.Services.GetRequiredService<AnnotationPipeline>();
        // Said once the server listens: a server that cannot listen (port in use) prints only why.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            app.Logger.LogInformation("Coding pipeline: {Stages}", string.Join(" → ", pipeline.Stages.Select(s => s.Name)));
            app.Logger.LogInformation(
                "Ingest {Ingest}; reads {Reads}; CORS {Cors}",
                keys.IsConfigured ? $"needs one of {keys.Count} API key(s)" : "off (no API key configured)",
                settings.RequireKeyForReads ? "need an API key" : "open",
                settings.CorsOrigins.Count == 0 ? "off" : string.Join(", ", settings.CorsOrigins));
        });

        app.UseMiddleware<ProblemMiddleware>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStatusCodePages();
        if (settings.CorsOrigins.Count > 0)
        {
            app.UseCors(policy => policy.WithOrigins([.. settings.CorsOrigins]).WithMethods("GET", "POST").WithHeaders("Authorization", "Content-Type", "Accept"));
        }

        var api = app.MapGroup("/api");
        CodeEndpoint.Map(api);
        EventEndpoints.Map(api);
        AggregateEndpoints.Map(api);
        ExportEndpoint.Map(api);
        DocumentEndpoint.Map(api);
        HealthEndpoint.Map(app);
        OpenApiEndpoint.Map(app);
        WorkbenchAssets.Map(app);
    }
}
