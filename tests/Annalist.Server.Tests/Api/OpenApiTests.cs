using System.Net;
using System.Text.Json;
using Annalist.Server.Tests.TestSupport;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// /openapi.json is written by hand, as the answers are; these tests hold it to the server: every
/// route documented with its method and every documented one served, and every field the answers
/// carry in the schema (and every required field in the answers).
/// </summary>
public sealed class OpenApiTests(ApiFixture.Sqlite fixture) : IClassFixture<ApiFixture.Sqlite>
{
    private async Task<JsonElement> DocumentAsync()
    {
        var answer = await fixture.Client.FetchAsync("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Json;
    }

    [Fact]
    public async Task Every_api_route_is_documented_and_every_documented_route_exists()
    {
        var document = await DocumentAsync();
        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {p.Name}"))
            .Order(StringComparer.Ordinal).ToList();
        var served = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api", StringComparison.Ordinal) || raw is "/health" or "/openapi.json"))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(served, documented);
    }

    [Fact]
    public async Task The_coded_event_schema_is_the_record_the_api_returns()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var result = (await fixture.Client.PostJsonAsync("/api/code", Http.Json(new { text = Scenario.Articles[1].Text, date = "2024-11-23" }))).Json;

        AssertMatches(schemas, "CodeResult", result);
        var e = result.GetProperty("events")[0];
        AssertMatches(schemas, "CodedEvent", e);
        AssertMatches(schemas, "Participant", e.GetProperty("actor"));
        AssertMatches(schemas, "Outlet", e.GetProperty("reported_by")[0]);
        AssertMatches(schemas, "Place", e.GetProperty("place"));
    }

    [Fact]
    public async Task The_stored_event_dyad_and_actor_schemas_are_what_the_api_returns()
    {
        var schemas = (await DocumentAsync()).GetProperty("components").GetProperty("schemas");
        var page = (await fixture.Client.FetchAsync("/api/events?status=disputed")).Json;
        AssertMatches(schemas, "EventPage", page);
        var stored = page.GetProperty("events")[0];
        AssertMatches(schemas, "StoredEvent", stored);
        AssertMatches(schemas, "StoredMention", stored.GetProperty("mentions")[0]);
        AssertMatches(schemas, "Claim", stored.GetProperty("claims")[0]);
        AssertMatches(schemas, "StoredActor", stored.GetProperty("actor"));
        var placed = (await fixture.Client.FetchAsync("/api/events?type=SANCTION")).Json.GetProperty("events")[0];
        AssertMatches(schemas, "StoredPlace", placed.GetProperty("place"));
        var dyads = (await fixture.Client.FetchAsync("/api/dyads")).Json;
        AssertMatches(schemas, "DyadSeries", dyads);
        AssertMatches(schemas, "DyadRow", dyads.GetProperty("rows")[0]);
        AssertMatches(schemas, "Actor", (await fixture.Client.FetchAsync("/api/actors?q=R")).Json.GetProperty("actors")[0]);
        AssertMatches(schemas, "Health", (await fixture.Client.FetchAsync("/health")).Json);
    }

    private static void AssertMatches(JsonElement schemas, string name, JsonElement value)
    {
        var schema = schemas.GetProperty(name);
        var documented = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        var present = value.EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(present, field => Assert.True(documented.Contains(field), $"{name}: '{field}' is returned but not documented"));
        Assert.All(required, field => Assert.True(present.Contains(field), $"{name}: '{field}' is required but not returned"));
    }
}
