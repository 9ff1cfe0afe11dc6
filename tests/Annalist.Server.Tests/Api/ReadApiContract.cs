using System.Net;
using System.Text.Json;
using Annalist.Server.Tests.TestSupport;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// The read API over a store holding the <see cref="Scenario"/>, run alike on SQLite and PostgreSQL:
/// events with the filters of <c>annalist events</c> and cursor paging, one event with its reports,
/// dyad series, actor lookup, and clear problems for bad parameters.
/// </summary>
public abstract class ReadApiContract(ApiFixture fixture)
{
    private HttpClient Client
    {
        get
        {
            Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
            return fixture.Client;
        }
    }

    [SkippableFact]
    public async Task Health_answers_with_the_kind_of_store()
    {
        var answer = await Client.FetchAsync("/health");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("ok", answer.Json.GetProperty("status").GetString());
        Assert.Equal(fixture.Store is TestStore.Postgres ? "postgres" : "sqlite", answer.Json.GetProperty("store").GetString());
    }

    [SkippableFact]
    public async Task Events_come_in_date_order_with_their_reports_and_evidence()
    {
        var events = (await Client.FetchAsync("/api/events")).Json.GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(7, events.Count);
        var dates = events.Select(e => e.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var supplied = events.Single(e => e.GetProperty("cameo").GetString() == "072" && e.GetProperty("date").GetString() == "2024-11-22");
        Assert.Equal("RUS", supplied.GetProperty("actor").GetProperty("code").GetString());
        Assert.Equal("PRK", supplied.GetProperty("recipient").GetProperty("code").GetString());
        Assert.Equal("Seoul", supplied.GetProperty("place").GetProperty("name").GetString());
        var mention = supplied.GetProperty("mentions")[0];
        Assert.StartsWith("Russia supplied anti-aircraft missiles", mention.GetProperty("evidence").GetProperty("text").GetString());
        Assert.Equal("supplied", mention.GetProperty("evidence").GetProperty("trigger").GetProperty("text").GetString());
        Assert.Equal("KORGOV", supplied.GetProperty("claims")[0].GetProperty("claimed_by")[0].GetProperty("code").GetString());
    }

    [SkippableTheory]
    [InlineData("actor=RUS", 2)]
    [InlineData("actor=rus&recipient=PRK&type=AID", 2)]
    [InlineData("recipient=PRK&cameo=11", 2)]
    [InlineData("type=ACCUSE", 3)]
    [InlineData("from=2024-12&to=2024-12", 1)]
    [InlineData("from=2024-11-20&to=2024-11-25", 6)]
    [InlineData("status=denied", 1)]
    [InlineData("status=disputed", 1)]
    [InlineData("text=sanctions", 1)]
    [InlineData("text=%22anti-aircraft%20missiles%22", 4)]
    [InlineData("actor=USA&type=SANCTION", 0)]
    public async Task Events_are_filtered_like_annalist_events(string query, int expected)
    {
        var answer = await Client.FetchAsync("/api/events?" + query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Json.GetProperty("events").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_cursor_pages_through_every_event_once_in_order()
    {
        var all = (await Client.FetchAsync("/api/events?limit=100")).Json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var paged = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = (await Client.FetchAsync("/api/events?limit=3" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)))).Json;
            paged.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(all, paged);
    }

    [SkippableFact]
    public async Task One_event_has_every_report_and_who_said_which()
    {
        var disputed = (await Client.FetchAsync("/api/events?status=disputed")).Json.GetProperty("events")[0];
        var answer = await Client.FetchAsync($"/api/events/{disputed.GetProperty("id").GetInt64()}");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var e = answer.Json;
        Assert.True(e.GetProperty("disputed").GetBoolean());
        Assert.Equal(2, e.GetProperty("mentions").GetArrayLength());
        Assert.Equal(2, e.GetProperty("source_count").GetInt32());
        var claims = e.GetProperty("claims").EnumerateArray().ToList();
        var alleged = claims.Single(c => c.GetProperty("status").GetString() == "alleged");
        Assert.Equal(["USA", "KOR"], alleged.GetProperty("claimed_by").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var denied = claims.Single(c => c.GetProperty("status").GetString() == "denied");
        Assert.Equal("KCNA", denied.GetProperty("reported_by")[0].GetProperty("text").GetString());
        Assert.Contains(e.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("evidence").GetProperty("text").GetString()!.StartsWith("North Korea denied sending troops", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_missing_event_is_a_404_problem_and_a_bad_id_a_400()
    {
        (await Client.FetchAsync("/api/events/999999")).Problem(HttpStatusCode.NotFound);
        var problem = (await Client.FetchAsync("/api/events/abc")).Problem(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
    }

    [SkippableFact]
    public async Task Dyads_give_weekly_counts_by_quad_class_and_goldstein_sums()
    {
        var answer = await Client.FetchAsync("/api/dyads?actor=RUS&recipient=PRK&by=week");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var rows = answer.Json.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["2024-11-18", "2024-12-16"], rows.Select(r => r.GetProperty("period_start").GetString()));
        Assert.All(rows, r =>
        {
            Assert.Equal("RUS", r.GetProperty("actor").GetString());
            Assert.Equal(1, r.GetProperty("events").GetInt64());
            Assert.Equal(1, r.GetProperty("quad_class").GetProperty("2").GetInt64());
            Assert.Equal(8.3, r.GetProperty("goldstein_sum").GetDouble(), 3);
        });
        Assert.False(answer.Json.GetProperty("truncated").GetBoolean());
    }

    [SkippableFact]
    public async Task Dyads_by_month_of_full_codes_cover_every_dyad()
    {
        var rows = (await Client.FetchAsync("/api/dyads?by=month&level=code")).Json.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(7, rows.Sum(r => r.GetProperty("events").GetInt64()));
        Assert.Contains(rows, r => r.GetProperty("actor").GetString() == "EUR" && r.GetProperty("quad_class").GetProperty("4").GetInt64() == 1 && r.GetProperty("period").GetString() == "2024-11");
    }

    [SkippableFact]
    public async Task Actors_are_looked_up_by_code_prefix_most_frequent_first()
    {
        var actors = (await Client.FetchAsync("/api/actors?q=r")).Json.GetProperty("actors").EnumerateArray().ToList();

        Assert.Equal("RUS", actors[0].GetProperty("code").GetString());
        Assert.True(actors[0].GetProperty("events").GetInt64() >= 4);
    }

    [SkippableTheory]
    [InlineData("/api/events?actr=RUS", "actr")]
    [InlineData("/api/events?from=22-11-2024", "from")]
    [InlineData("/api/events?to=2024-13", "to")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?cursor=nonsense", "cursor")]
    [InlineData("/api/events?status=rumoured", "status")]
    [InlineData("/api/events?text=%20-%20", "text")]
    [InlineData("/api/events?actor=R%27US", "actor")]
    [InlineData("/api/events?cameo=1a", "cameo")]
    [InlineData("/api/events?type=AID&type=ACCUSE", "type")]
    [InlineData("/api/dyads?by=year", "by")]
    [InlineData("/api/dyads?level=sector", "level")]
    [InlineData("/api/actors?limit=1000", "limit")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter)
    {
        var problem = (await Client.FetchAsync(url)).Problem(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    [SkippableFact]
    public async Task Unknown_routes_and_methods_are_problems_too()
    {
        (await Client.FetchAsync("/api/nothing-here")).Problem(HttpStatusCode.NotFound);
        (await Client.SendAsync(HttpMethod.Delete, "/api/events")).Problem(HttpStatusCode.MethodNotAllowed);
    }

    [SkippableFact]
    public async Task Stored_markup_comes_back_as_data_not_markup()
    {
        var e = (await Client.FetchAsync("/api/events?actor=ACM")).Json.GetProperty("events")[0];

        Assert.Equal("<b>Acme</b>", e.GetProperty("actor").GetProperty("text").GetString());
        Assert.Equal(Scenario.Markup, e.GetProperty("recipient").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.String, e.GetProperty("mentions")[0].GetProperty("title").ValueKind);
    }
}

public sealed class SqliteReadApiTests(ApiFixture.Sqlite fixture) : ReadApiContract(fixture), IClassFixture<ApiFixture.Sqlite>;

public sealed class PostgresReadApiTests(ApiFixture.Postgres fixture) : ReadApiContract(fixture), IClassFixture<ApiFixture.Postgres>;
