using System.Net;
using System.Text;
using Annalist.Server.Tests.TestSupport;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// <c>POST /api/documents</c> on SQLite and PostgreSQL: needs a key, codes and stores what it is
/// given as <c>annalist ingest</c> does (merging, no duplicates), refuses a bad batch whole.
/// </summary>
public abstract class IngestApiContract(TestStore stores)
{
    private const string Key = ApiFixture.Key;

    private static string Record((string Id, string Text, string Date, string Title, string Source, string Url) a) =>
        Http.Json(new { id = a.Id, text = a.Text, date = a.Date, title = a.Title, source = a.Source, url = a.Url });

    private async Task<ServerFactory> ServerAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        Skip.If(stores.SkipReason is not null, stores.SkipReason);
        return new ServerFactory(await stores.CreateEmptyAsync(), settings ?? new Dictionary<string, string?> { ["Annalist:ApiKeys:0"] = Key });
    }

    [SkippableFact]
    public async Task Documents_are_coded_stored_merged_and_never_stored_twice()
    {
        await using var server = await ServerAsync();
        using var client = server.CreateClient();
        var batch = $"[{Record(Scenario.Articles[0])},{Record(Scenario.Articles[3])}]";

        var first = await client.PostJsonAsync("/api/documents", batch, Key);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(2, first.Json.GetProperty("stored").GetInt32());
        Assert.Equal(["stored", "stored"], first.Json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("status").GetString()));
        Assert.Equal(5, first.Json.GetProperty("documents").EnumerateArray().Sum(d => d.GetProperty("new_events").GetInt32()));
        Assert.Equal(5, (await client.FetchAsync("/api/events")).Json.GetProperty("events").GetArrayLength());

        var again = await client.PostJsonAsync("/api/documents", batch, Key);
        Assert.Equal(0, again.Json.GetProperty("stored").GetInt32());
        Assert.All(again.Json.GetProperty("documents").EnumerateArray(), d => Assert.StartsWith("duplicate_", d.GetProperty("status").GetString()));

        // JSON Lines, as `annalist ingest` reads them: the denial joins the alleged deployment.
        var denial = await client.SendAsync(HttpMethod.Post, "/api/documents", new StringContent(Record(Scenario.Articles[1]) + "\n", Encoding.UTF8, "application/x-ndjson"), Key);
        Assert.Equal(HttpStatusCode.OK, denial.Status);
        Assert.Equal(1, denial.Json.GetProperty("documents")[0].GetProperty("merged_events").GetInt32());
        Assert.Equal(1, (await client.FetchAsync("/api/events?status=disputed")).Json.GetProperty("events").GetArrayLength());
    }

    [SkippableFact]
    public async Task Ingest_needs_a_valid_key()
    {
        await using var server = await ServerAsync();
        using var client = server.CreateClient();
        var body = Record(Scenario.Articles[3]);

        var none = await client.PostJsonAsync("/api/documents", body);
        none.Problem(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer realm=\"annalist\"", none.Response.Headers.WwwAuthenticate.ToString());
        (await client.PostJsonAsync("/api/documents", body, "test-key-0123456789abcdeX")).Problem(HttpStatusCode.Unauthorized);
        (await client.PostJsonAsync("/api/documents", body, Key[..^1])).Problem(HttpStatusCode.Unauthorized);
        Assert.Empty((await client.FetchAsync("/api/events")).Json.GetProperty("events").EnumerateArray());
    }

    [SkippableFact]
    public async Task Without_a_configured_key_ingest_is_off()
    {
        await using var server = await ServerAsync(new Dictionary<string, string?>());
        using var client = server.CreateClient();

        var problem = (await client.PostJsonAsync("/api/documents", Record(Scenario.Articles[3]), Key)).Problem(HttpStatusCode.Forbidden);
        Assert.Contains("no API key is configured", problem.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task One_bad_record_refuses_the_whole_batch_naming_it()
    {
        await using var server = await ServerAsync();
        using var client = server.CreateClient();

        var problem = (await client.PostJsonAsync("/api/documents", $"[{Record(Scenario.Articles[3])}, {{\"title\": \"no text\"}}]", Key)).Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("documents[1]", out _));
        (await client.PostJsonAsync("/api/documents", "[{\"text\": ", Key)).Problem(HttpStatusCode.BadRequest);
        (await client.SendAsync(HttpMethod.Post, "/api/documents", new StringContent("text", Encoding.UTF8, "text/csv"), Key)).Problem(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty((await client.FetchAsync("/api/events")).Json.GetProperty("events").EnumerateArray());
    }

    [SkippableFact]
    public async Task Batches_over_the_limits_are_413_problems()
    {
        await using var server = await ServerAsync(new Dictionary<string, string?>
        {
            ["Annalist:ApiKeys:0"] = Key,
            ["Annalist:Limits:MaxDocumentsPerRequest"] = "2",
            ["Annalist:Limits:MaxIngestBodyBytes"] = "2000",
        });
        using var client = server.CreateClient();

        var three = $"[{Record(Scenario.Articles[1])},{Record(Scenario.Articles[2])},{Record(Scenario.Articles[3])}]";
        Assert.Contains("at most 2", (await client.PostJsonAsync("/api/documents", three, Key)).Problem(HttpStatusCode.RequestEntityTooLarge).GetProperty("detail").GetString());
        var big = Http.Json(new { text = new string('x', 3000) });
        Assert.Contains("2,000 bytes", (await client.PostJsonAsync("/api/documents", big, Key)).Problem(HttpStatusCode.RequestEntityTooLarge).GetProperty("detail").GetString());
    }
}

public sealed class SqliteIngestApiTests(TestStore.Sqlite stores) : IngestApiContract(stores), IClassFixture<TestStore.Sqlite>;

public sealed class PostgresIngestApiTests(TestStore.Postgres stores) : IngestApiContract(stores), IClassFixture<TestStore.Postgres>;
