using System.Net;
using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Server.Tests.TestSupport;
using Annalist.Text;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// <c>POST /api/code</c>: the records are those of <c>annalist code</c>, byte for byte (the same
/// pipeline, the same writer); offsets are UTF-16; nothing is stored; bad input is a clear 4xx.
/// </summary>
public sealed class CodeEndpointTests(ApiFixture.Sqlite fixture) : IClassFixture<ApiFixture.Sqlite>
{
    private static readonly string Article = Scenario.Articles[0].Text;

    private HttpClient Client => fixture.Client;

    /// <summary>What `annalist code --format jsonl` writes for the article: one line per event.</summary>
    private static List<string> CliRecords(string text, string id, DateOnly date)
    {
        var document = new Document(text, new DocumentMetadata { Id = id, PublicationDate = date });
        var coded = Scenario.Pipeline.Process(document);
        return coded.GetExtension<DocumentEvents>()!.Events.Select(e =>
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                EventJson.Write(e, json);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }).ToList();
    }

    [Fact]
    public async Task The_records_are_exactly_those_of_annalist_code()
    {
        var answer = await Client.PostJsonAsync("/api/code", Http.Json(new { id = "seed", text = Article, date = "2024-11-22" }));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var body = answer.Json;
        Assert.Equal("seed", body.GetProperty("doc_id").GetString());
        Assert.Equal("2024-11-22", body.GetProperty("publication_date").GetString());
        Assert.Equal(Article.Length, body.GetProperty("text_length").GetInt32());
        Assert.Equal(CliRecords(Article, "seed", new DateOnly(2024, 11, 22)), body.GetProperty("events").EnumerateArray().Select(e => e.GetRawText()));
        Assert.Equal(4, body.GetProperty("events").GetArrayLength());
        Assert.True(body.GetProperty("sentences").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task Json_lines_on_request_are_the_cli_output_line_for_line()
    {
        var answer = await Client.PostJsonAsync("/api/code", Http.Json(new { id = "seed", text = Article, date = "2024-11-22" }), accept: "application/x-ndjson");

        Assert.Equal("application/x-ndjson", answer.MediaType);
        Assert.Equal(string.Concat(CliRecords(Article, "seed", new DateOnly(2024, 11, 22)).Select(line => line + "\n")), answer.Body);
    }

    [Fact]
    public async Task Plain_text_with_a_date_parameter_is_read_as_a_txt_file_is()
    {
        var answer = await Client.SendAsync(HttpMethod.Post, "/api/code?date=2024-11-22", new StringContent(Article, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Seoul says Russia armed North Korea", answer.Json.GetProperty("title").GetString());
        Assert.Equal("2024-11-22", answer.Json.GetProperty("publication_date").GetString());
        Assert.Equal(4, answer.Json.GetProperty("events").GetArrayLength());
        Assert.StartsWith("text-", answer.Json.GetProperty("doc_id").GetString());
    }

    [Fact]
    public async Task Offsets_are_utf16_positions_in_the_posted_text()
    {
        var text = "🇰🇷😀 « Note » — " + Article;
        var events = (await Client.PostJsonAsync("/api/code", Http.Json(new { text, date = "2024-11-22" }))).Json.GetProperty("events").EnumerateArray().ToList();

        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            foreach (var part in new[] { e.GetProperty("actor"), e.GetProperty("evidence").GetProperty("trigger") })
            {
                var start = part.GetProperty("start").GetInt32();
                var end = part.GetProperty("end").GetInt32();
                Assert.Equal(part.GetProperty("text").GetString(), text[start..end]);
            }
        }
    }

    [Fact]
    public async Task Coding_stores_nothing()
    {
        var before = (await Client.FetchAsync("/api/events?limit=500")).Json.GetProperty("events").GetArrayLength();
        await Client.PostJsonAsync("/api/code", Http.Json(new { text = "Russia delivered more missiles to North Korea on Thursday, the agency said. Brand new words.", date = "2025-01-03" }));

        Assert.Equal(before, (await Client.FetchAsync("/api/events?limit=500")).Json.GetProperty("events").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"text\": \"   \"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"title\": \"no text\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": ", HttpStatusCode.BadRequest)]
    [InlineData("[1, 2]", HttpStatusCode.BadRequest)]
    public async Task Bad_articles_are_400_problems(string body, HttpStatusCode status)
    {
        var problem = (await Client.PostJsonAsync("/api/code", body)).Problem(status);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_bad_date_wrong_media_type_or_invalid_utf8_is_refused_clearly()
    {
        var date = (await Client.SendAsync(HttpMethod.Post, "/api/code?date=tomorrow", new StringContent(Article, Encoding.UTF8, "text/plain"))).Problem(HttpStatusCode.BadRequest);
        Assert.True(date.GetProperty("errors").TryGetProperty("date", out _));
        (await Client.SendAsync(HttpMethod.Post, "/api/code", new StringContent("<p>hi</p>", Encoding.UTF8, "text/html"))).Problem(HttpStatusCode.UnsupportedMediaType);
        var invalid = new ByteArrayContent([0x52, 0x75, 0xC3, 0x28, 0x73]);
        invalid.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        Assert.Contains("UTF-8", (await Client.SendAsync(HttpMethod.Post, "/api/code", invalid)).Problem(HttpStatusCode.BadRequest).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Texts_and_bodies_over_the_limits_are_413_problems()
    {
        await using var server = new ServerFactory(fixture.Store.Location, new Dictionary<string, string?>
        {
            ["Annalist:Limits:MaxTextLength"] = "100",
            ["Annalist:Limits:MaxBodyBytes"] = "1000",
        });
        using var client = server.CreateClient();

        var text = (await client.PostJsonAsync("/api/code", Http.Json(new { text = new string('a', 101) }))).Problem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 100", text.GetProperty("detail").GetString());
        var body = (await client.SendAsync(HttpMethod.Post, "/api/code", new StringContent(new string('a', 1001), Encoding.UTF8, "text/plain"))).Problem(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,000 bytes", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_coder_failure_is_a_500_problem_that_names_no_internals_while_the_log_keeps_the_reason()
    {
        var failing = new PipelineBuilder().Add(new TextSegmentationStage()).Add(new ThrowingStage()).Build();
        await using var server = new ServerFactory(fixture.Store.Location, pipeline: failing);
        using var client = server.CreateClient();

        var answer = await client.PostJsonAsync("/api/code", Http.Json(new { text = "Anything at all." }));

        answer.Problem(HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(ThrowingStage.Secret, answer.Body);
        Assert.Contains(ThrowingStage.Secret, server.Logs.All);
    }

    private sealed class ThrowingStage : IPipelineStage
    {
        public const string Secret = "/srv/secret/model.bin";

        public string Name => "throwing";

        public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences];

        public IReadOnlyList<Layer> Produces { get; } = [DocumentEvents.Layer];

        public void Process(Document document) => throw new InvalidDataException($"cannot read {Secret}");
    }

    [Fact]
    public void The_input_reader_used_by_the_api_is_the_one_of_the_cli()
    {
        // Guards the contract the API relies on: an in-memory article reads like a .txt file.
        var record = new InputReader().ReadText("Headline here\nBody sentence.", "x");
        Assert.Equal("Headline here", record.Document!.Metadata.Title);
    }
}
