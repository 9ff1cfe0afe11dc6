using Annalist.Storage;
using Microsoft.Extensions.Configuration;

namespace Annalist.Server.Configuration;

/// <summary>
/// The settings of <c>annalist serve</c>, read once from configuration: the <c>Annalist</c> section
/// (appsettings, <c>--config FILE</c>, environment variables such as <c>Annalist__RequireKeyForReads</c>)
/// plus <c>ANNALIST_STORE</c> and <c>ANNALIST_API_KEYS</c>. Invalid settings stop the server at start with
/// a message naming the setting (<see cref="ServerConfigurationException"/>).
/// </summary>
public sealed class ServerSettings
{
    public const string Section = "Annalist";

    public const string StoreVariable = "ANNALIST_STORE";

    public const string ApiKeysVariable = "ANNALIST_API_KEYS";

    /// <summary>Shortest API key accepted: a guessable key is refused at start rather than trusted.</summary>
    public const int MinimumKeyLength = 16;

    public required StoreLocation Store { get; init; }

    /// <summary>Keys that may ingest (and read, when reads are closed); empty turns ingest off.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>Whether the read endpoints (events, dyads, actors, code) also need an API key.</summary>
    public bool RequireKeyForReads { get; init; }

    /// <summary>Origins allowed to call the API from other sites' pages; empty (the default) sends no CORS headers.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    public ServerLimits Limits { get; init; } = new();

    public static ServerSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var storeText = section["Store"] is { Length: > 0 } configured ? configured
            : configuration[StoreVariable] is { Length: > 0 } fromEnvironment ? fromEnvironment
            : StoreLocation.DefaultPath;
        StoreLocation store;
        try
        {
            store = StoreLocation.Parse(storeText);
        }
        catch (StoreException ex)
        {
            throw new ServerConfigurationException($"{Section}:Store: {ex.Message}");
        }

        var keys = section.GetSection("ApiKeys").GetChildren().Select(c => c.Value)
            .Concat((configuration[ApiKeysVariable] ?? string.Empty).Split([',', ';', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(k => k?.Trim())
            .Where(k => !string.IsNullOrEmpty(k))
            .Select(k => k!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (keys.Any(k => k.Length < MinimumKeyLength))
        {
            throw new ServerConfigurationException($"API keys ({Section}:ApiKeys, {ApiKeysVariable}) must be at least {MinimumKeyLength} characters; generate one with: openssl rand -hex 32");
        }

        var requireKeyForReads = section.GetValue<bool?>("RequireKeyForReads") ?? false;
        if (requireKeyForReads && keys.Count == 0)
        {
            throw new ServerConfigurationException($"{Section}:RequireKeyForReads is set but no API key is configured ({Section}:ApiKeys or {ApiKeysVariable}); nobody could read");
        }

        var limits = new ServerLimits();
        section.GetSection("Limits").Bind(limits);
        Check(limits.MaxBodyBytes > 0 && limits.MaxIngestBodyBytes > 0 && limits.MaxTextLength > 0 && limits.MaxDocumentsPerRequest > 0
            && limits.DefaultPageSize > 0 && limits.MaxPageSize >= limits.DefaultPageSize && limits.MaxDyadRows > 0 && limits.MaxActors > 0,
            $"{Section}:Limits: every limit must be positive and MaxPageSize at least DefaultPageSize");

        var origins = section.GetSection("CorsOrigins").GetChildren().Select(c => c.Value).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim().TrimEnd('/')).ToList();
        foreach (var origin in origins)
        {
            Check(origin != "*" && Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.AbsolutePath == "/",
                $"{Section}:CorsOrigins: '{origin}' is not an origin such as https://analysis.example.org (no wildcard, no path)");
        }

        return new ServerSettings
        {
            Store = store,
            ApiKeys = keys,
            RequireKeyForReads = requireKeyForReads,
            CorsOrigins = origins,
            Limits = limits,
        };
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new ServerConfigurationException(message);
        }
    }
}
