using System.Net;
using Annalist.Server.Configuration;
using Annalist.Server.Tests.TestSupport;
using Microsoft.Extensions.Configuration;

namespace Annalist.Server.Tests.Api;

/// <summary>Closing reads, where keys come from, CORS, response headers, and what never reaches a log or an answer.</summary>
public sealed class SecurityTests(ApiFixture.Sqlite fixture) : IClassFixture<ApiFixture.Sqlite>
{
    private const string Key = ApiFixture.Key;

    [Fact]
    public async Task Closed_reads_need_a_key_while_health_openapi_and_the_workbench_stay_open()
    {
        await using var server = new ServerFactory(fixture.Store.Location, new Dictionary<string, string?>
        {
            ["Annalist:ApiKeys:0"] = Key,
            ["Annalist:RequireKeyForReads"] = "true",
        });
        using var client = server.CreateClient();

        foreach (var url in new[] { "/api/events", "/api/events/1", "/api/dyads", "/api/actors?q=R" })
        {
            (await client.FetchAsync(url)).Problem(HttpStatusCode.Unauthorized);
            Assert.NotEqual(HttpStatusCode.Unauthorized, (await client.FetchAsync(url, Key)).Status);
        }

        (await client.PostJsonAsync("/api/code", Http.Json(new { text = "Some text." }))).Problem(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/code", Http.Json(new { text = "Some text." }), Key)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.FetchAsync("/health")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.FetchAsync("/openapi.json")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.FetchAsync("/")).Status);
    }

    [Fact]
    public async Task A_too_long_address_is_a_414_problem()
    {
        (await fixture.Client.FetchAsync("/api/events?actor=" + new string('A', 9000))).Problem(HttpStatusCode.RequestUriTooLong);
    }

    [Fact]
    public async Task Keys_come_from_ANNALIST_API_KEYS_too_several_at_once()
    {
        await using var server = new ServerFactory(fixture.Store.Location, new Dictionary<string, string?>
        {
            [ServerSettings.ApiKeysVariable] = "first-key-0123456789, second-key-0123456789",
            ["Annalist:RequireKeyForReads"] = "true",
        });
        using var client = server.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.FetchAsync("/api/events", "first-key-0123456789")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.FetchAsync("/api/events", "second-key-0123456789")).Status);
        (await client.FetchAsync("/api/events", "first-key-0123456789, second-key-0123456789")).Problem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Annalist:ApiKeys:0", "short", "at least 16 characters")]
    [InlineData("Annalist:RequireKeyForReads", "true", "no API key is configured")]
    [InlineData("Annalist:CorsOrigins:0", "*", "no wildcard")]
    [InlineData("Annalist:CorsOrigins:0", "https://example.org/path", "no path")]
    [InlineData("Annalist:Limits:MaxPageSize", "0", "Limits")]
    [InlineData("Annalist:Store", "postgres://user@:bad:port/db", "Annalist:Store")]
    public void Unusable_settings_are_refused_naming_the_setting(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        var error = Assert.Throws<ServerConfigurationException>(() => ServerSettings.From(configuration));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task Cors_is_off_by_default_and_answers_only_configured_origins()
    {
        var closed = await CorsAsync(fixture.Client, "https://evil.example");
        Assert.False(closed.Headers.Contains("Access-Control-Allow-Origin"));

        await using var server = new ServerFactory(fixture.Store.Location, new Dictionary<string, string?> { ["Annalist:CorsOrigins:0"] = "https://analysis.example.org" });
        using var client = server.CreateClient();
        Assert.Equal("https://analysis.example.org", (await CorsAsync(client, "https://analysis.example.org")).Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False((await CorsAsync(client, "https://evil.example")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> CorsAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Every_answer_carries_a_strict_content_security_policy()
    {
        foreach (var url in new[] { "/", "/js/main.js", "/api/events", "/api/nothing" })
        {
            var response = (await fixture.Client.FetchAsync(url)).Response;
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
    }

    [Fact]
    public async Task Keys_and_store_passwords_never_reach_the_log()
    {
        // A password in the store URL (PostgreSQL when there is one, in a database of its own that the store creates,
        // never the server's shared one; the trust-authenticated test server ignores the password).
        const string Password = "pw-never-logged-9f3a";
        var postgres = Environment.GetEnvironmentVariable(TestStore.PostgresVariable);
        var store = postgres is { Length: > 0 } ? new Uri(postgres) : null;
        var location = store is null ? fixture.Store.Location
            : $"postgres://{store.UserInfo.Split(':')[0]}:{Password}@{store.Host}:{store.Port}/annalist_security_{Guid.NewGuid():N}";
        await using var server = new ServerFactory(location, new Dictionary<string, string?> { ["Annalist:ApiKeys:0"] = Key });
        using var client = server.CreateClient();

        await client.PostJsonAsync("/api/documents", Http.Json(new { text = "Short note. Nothing happened.", date = "2024-11-01" }), Key);
        await client.PostJsonAsync("/api/documents", Http.Json(new { text = "Another note." }), "wrong-key-but-long-enough-1234");
        await client.FetchAsync("/api/events", Key);

        Assert.NotEmpty(server.Logs.Lines);
        Assert.DoesNotContain(Key, server.Logs.All);
        Assert.DoesNotContain("wrong-key-but-long-enough-1234", server.Logs.All);
        Assert.DoesNotContain(Password, server.Logs.All);
        Assert.Contains("Ingest needs one of 1 API key(s)", server.Logs.All);
    }
}
