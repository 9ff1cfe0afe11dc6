using System.Net;
using System.Text.Json;
using Annalist.Server.Tests.TestSupport;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// What the workbench draws, aggregated by the store over the <see cref="Scenario"/> (seven stored events,
/// three of them placed), on SQLite and PostgreSQL alike: series, places and dyad totals that say what a
/// limit left out, the export of exactly the filtered events, newest-first paging with a total, the new
/// filters, unknown codes refused, and the stored article behind a report.
/// </summary>
public abstract class AggregateApiContract(ApiFixture fixture)
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
    public async Task A_series_counts_every_event_per_period_and_leaves_empty_periods_out()
    {
        var answer = (await Client.FetchAsync("/api/series?by=month")).Json;

        Assert.Equal(7, answer.GetProperty("events").GetInt64());
        var points = answer.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(["2024-11", "2024-12"], points.Select(p => p.GetProperty("period").GetString()));
        Assert.Equal(7, points.Sum(p => p.GetProperty("quad_class").EnumerateObject().Sum(q => q.Value.GetInt64())));
        Assert.Equal("2024-11-30", points[0].GetProperty("period_end").GetString());

        var weeks = (await Client.FetchAsync("/api/series?by=week&type=SANCTION")).Json.GetProperty("points");
        Assert.Equal(1, weeks.GetArrayLength());
        Assert.Equal(1, weeks[0].GetProperty("quad_class").GetProperty("4").GetInt64());
    }

    [SkippableFact]
    public async Task Places_say_how_many_events_have_no_place_and_what_a_limit_left_out()
    {
        var all = (await Client.FetchAsync("/api/places")).Json;
        Assert.Equal(3, all.GetProperty("placed_events").GetInt64());
        Assert.Equal(4, all.GetProperty("unplaced_events").GetInt64());
        Assert.Equal(3, all.GetProperty("place_total").GetInt64());
        Assert.False(all.GetProperty("truncated").GetBoolean());
        var seoul = all.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Seoul");
        Assert.Equal("city", seoul.GetProperty("precision").GetString());
        Assert.Equal(126.9784, seoul.GetProperty("lon").GetDouble(), 3);

        var cut = (await Client.FetchAsync("/api/places?limit=1")).Json;
        Assert.Equal(1, cut.GetProperty("places").GetArrayLength());
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(3, cut.GetProperty("countries").GetArrayLength());
    }

    [SkippableFact]
    public async Task A_network_lists_the_busiest_dyads_and_counts_the_rest()
    {
        var all = (await Client.FetchAsync("/api/network")).Json;
        var dyads = all.GetProperty("dyads").EnumerateArray().ToList();
        Assert.Equal(all.GetProperty("dyad_total").GetInt64(), dyads.Count);
        Assert.Equal(7, all.GetProperty("events_with_recipient").GetInt64());
        Assert.Equal("RUS", dyads[0].GetProperty("actor").GetString());
        Assert.Equal(2, dyads[0].GetProperty("events").GetInt64());

        var cut = (await Client.FetchAsync("/api/network?limit=1")).Json;
        Assert.True(cut.GetProperty("truncated").GetBoolean());
        Assert.Equal(2, cut.GetProperty("events_shown").GetInt64());

        var heavy = (await Client.FetchAsync("/api/network?min_events=2")).Json;
        Assert.Equal(1, heavy.GetProperty("dyads_at_minimum").GetInt64());
        Assert.False(heavy.GetProperty("truncated").GetBoolean());
    }

    [SkippableTheory]
    [InlineData("csv", "text/csv", 1)]
    [InlineData("plover-jsonl", "application/x-ndjson", 0)]
    [InlineData("gdelt-events", "text/tab-separated-values", 0)]
    public async Task An_export_holds_exactly_the_filtered_events(string format, string mediaType, int headerLines)
    {
        var ids = (await Client.FetchAsync("/api/events?type=ACCUSE&limit=100")).Json.GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var answer = await Client.FetchAsync($"/api/export?format={format}&type=ACCUSE");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(mediaType, answer.MediaType);
        Assert.Contains("attachment", answer.Response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var lines = answer.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(headerLines).ToList();
        var exported = format == "plover-jsonl"
            ? lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!.Replace("annalist-", string.Empty, StringComparison.Ordinal)).ToList()
            : lines.Select(l => l.Split(format == "csv" ? ',' : '\t')[0]).ToList();
        Assert.Equal(ids, exported);
    }

    [SkippableFact]
    public async Task Newest_first_pages_go_down_through_every_event_with_a_total()
    {
        var first = (await Client.FetchAsync("/api/events?order=newest&limit=3&total=true")).Json;
        Assert.Equal(7, first.GetProperty("total").GetInt64());
        Assert.Equal("newest", first.GetProperty("order").GetString());
        var seen = first.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        var cursor = first.GetProperty("next_cursor").GetString();
        while (cursor is not null)
        {
            var page = (await Client.FetchAsync("/api/events?order=newest&limit=3&cursor=" + Uri.EscapeDataString(cursor))).Json;
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("date").GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
        }

        Assert.Equal(7, seen.Count);
        Assert.Equal(seen.OrderDescending(StringComparer.Ordinal), seen);
    }

    [SkippableTheory]
    [InlineData("goldstein", "desc")]
    [InlineData("goldstein", "asc")]
    [InlineData("reports", "desc")]
    public async Task Pages_sorted_by_goldstein_or_reports_cover_every_event_once_in_order(string sort, string order)
    {
        var seen = new List<(double Key, long Id)>();
        string? cursor = null;
        do
        {
            var page = (await Client.FetchAsync($"/api/events?sort={sort}&order={order}&limit=3" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)))).Json;
            seen.AddRange(page.GetProperty("events").EnumerateArray().Select(e =>
                (sort == "goldstein" ? e.GetProperty("goldstein").GetDouble() : e.GetProperty("mention_count").GetInt32(), e.GetProperty("id").GetInt64())));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(7, seen.Select(s => s.Id).Distinct().Count());
        var keys = seen.Select(s => s.Key).ToList();
        Assert.Equal(order == "desc" ? keys.OrderDescending() : keys.Order(), keys);

        var keyset = (await Client.FetchAsync("/api/events?limit=3")).Json.GetProperty("next_cursor").GetString();
        var mixed = await Client.FetchAsync($"/api/events?sort={sort}&cursor={Uri.EscapeDataString(keyset!)}");
        Assert.Contains("another sort", mixed.Problem(HttpStatusCode.BadRequest).GetProperty("errors").GetProperty("cursor")[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("place_country=KOR", 1)]
    [InlineData("place_country=bel", 1)]
    [InlineData("place=Seoul", 1)]
    [InlineData("place=Seoul&place_country=PRK", 0)]
    [InlineData("quad_class=3", 3)]
    [InlineData("context=military", 1)]
    [InlineData("quad_class=2&place_country=PRK", 1)]
    public async Task Events_are_filtered_by_place_country_quad_class_and_context(string query, int expected)
    {
        var answer = await Client.FetchAsync("/api/events?" + query);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.Json.GetProperty("events").GetArrayLength());
        Assert.Equal(expected, (await Client.FetchAsync("/api/series?" + query)).Json.GetProperty("events").GetInt64());
    }

    [SkippableTheory]
    [InlineData("/api/events?type=FIGHT", "type", "FIGHT")]
    [InlineData("/api/series?mode=flying", "mode", "flying")]
    [InlineData("/api/places?context=space", "context", "space")]
    [InlineData("/api/export?place_country=XXX", "place_country", "XXX")]
    [InlineData("/api/network?quad_class=5", "quad_class", "1 (verbal cooperation)")]
    [InlineData("/api/export?format=xlsx", "format", "csv")]
    [InlineData("/api/events?order=random", "order", "newest")]
    public async Task Unknown_filter_values_are_errors_that_name_what_is_expected(string url, string parameter, string said)
    {
        var problem = (await Client.FetchAsync(url)).Problem(HttpStatusCode.BadRequest);

        Assert.Contains(said, problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_article_of_a_report_carries_its_text_and_the_full_record_with_offsets()
    {
        var e = (await Client.FetchAsync("/api/events?type=SANCTION")).Json.GetProperty("events")[0];
        var article = (await Client.FetchAsync($"/api/events/{e.GetProperty("id").GetInt64()}/article")).Json;

        var text = article.GetProperty("text").GetString()!;
        Assert.StartsWith("EU acts", text, StringComparison.Ordinal);
        var record = article.GetProperty("events")[0];
        var trigger = record.GetProperty("evidence").GetProperty("trigger");
        Assert.Equal("imposed", text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
        Assert.Equal("afp", article.GetProperty("outlet").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await Client.FetchAsync($"/api/events/{e.GetProperty("id").GetInt64()}/article?report=5")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.FetchAsync("/api/events/999999/article")).Status);
    }

    [SkippableFact]
    public async Task The_vocabulary_names_countries_types_and_contexts_from_the_knowledge_base()
    {
        var vocabulary = (await Client.FetchAsync("/api/vocabulary")).Json;

        Assert.Contains(vocabulary.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "PRK" && c.GetProperty("name").GetString() == "North Korea");
        Assert.Contains(vocabulary.GetProperty("types").EnumerateArray(), t => t.GetProperty("name").GetString() == "ASSAULT" && t.GetProperty("quad_class").GetInt32() == 4);
        Assert.Contains("military", vocabulary.GetProperty("contexts").EnumerateArray().Select(c => c.GetString()));
    }
}

public sealed class SqliteAggregateApiTests(ApiFixture.Sqlite fixture) : AggregateApiContract(fixture), IClassFixture<ApiFixture.Sqlite>;

public sealed class PostgresAggregateApiTests(ApiFixture.Postgres fixture) : AggregateApiContract(fixture), IClassFixture<ApiFixture.Postgres>;
