using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Annalist.Server.Tests.Browser;

/// <summary>
/// Every view over a store that reaches every limit (<see cref="TestSupport.LargeScenario"/>): nothing is
/// left out without a notice on screen, an export holds exactly the filtered events, an address
/// reproduces a view and Back returns, a bar, a country, an actor or an arrow opens its events, a
/// permalink opens the stored article with the event's words marked, and at phone and desktop sizes no
/// page scrolls sideways (screenshots in artifacts/screenshots). Each view's time to draw goes to
/// artifacts/workbench-timings.txt; with ANNALIST_WORKBENCH_STORE naming a large store (docs/server.md)
/// the same tests measure it there, comparing what is drawn with what the API answers.
/// </summary>
public sealed class LargeStoreTests(BrowserSession.Large session, ITestOutputHelper output) : IClassFixture<BrowserSession.Large>
{
    private static readonly Regex Busy = new("^(|Loading…|Searching…|Opening the stored article…)$");

    private static async Task<JsonElement> ApiAsync(IPage page, string url)
    {
        var response = await page.APIRequest.GetAsync(url);
        Assert.True(response.Ok, $"{url}: {response.Status}");
        return (await response.JsonAsync())!.Value;
    }

    private static ILocator Status(IPage page, string view) => page.Locator($"#view-{view} .status-line");

    /// <summary>Opens a view and waits until it has drawn; returns the milliseconds it took.</summary>
    private static async Task<long> DrawAsync(IPage page, string view, string hash)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/" + hash);
        await Expect(Status(page, view)).Not.ToHaveTextAsync(Busy, new() { Timeout = 60_000 });
        return clock.ElapsedMilliseconds;
    }

    private void Record(string view, long milliseconds)
    {
        output.WriteLine($"{view}: drawn in {milliseconds} ms");
        File.AppendAllText(BrowserSession.ArtifactPath("workbench-timings.txt"),
            string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:u}\t{view}\t{milliseconds} ms\t{Environment.GetEnvironmentVariable(BrowserSession.Large.StoreVariable) ?? "large scenario"}\n"));
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth"), await page.EvaluateAsync<int>("() => innerWidth"));
        Assert.True(scroll <= inner, $"{what}: the page is {scroll} px wide in a {inner} px window");
    }

    /// <summary>The first field of each record of an RFC 4180 file (quoted fields may hold commas, quotes and line breaks).</summary>
    private static IEnumerable<string> FirstFields(string csv)
    {
        var (field, first, quoted) = (new System.Text.StringBuilder(), true, false);
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else if (first)
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                first = false;
            }
            else if (c == '\n')
            {
                yield return field.ToString().TrimEnd('\r');
                (field, first) = (new System.Text.StringBuilder(), true);
            }
            else if (first)
            {
                field.Append(c);
            }
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    [SkippableFact]
    public async Task Events_come_newest_first_with_the_total_names_and_the_order_in_the_address()
    {
        var (page, errors) = await session.OpenAsync();
        Record("events", await DrawAsync(page, "events", "#events"));

        var total = (await ApiAsync(page, "/api/events?total=true&limit=1")).GetProperty("total").GetInt64();
        await Expect(Status(page, "events")).ToContainTextAsync($"50 of {N(total)} events shown, newest first");
        var dates = await page.Locator(".events-table tr.event-row td:first-child").AllInnerTextsAsync();
        var days = dates.Select(d => d[..10]).ToList();
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);
        Assert.True(await page.Locator(".events-table .name", new() { HasTextRegex = new Regex(@"\(government\)") }).CountAsync() > 0, "no actor named from its code");
        Assert.DoesNotContain(await page.Locator(".events-table .words").AllInnerTextsAsync(), w => Regex.IsMatch(w, "^“(They|I|we)”$", RegexOptions.IgnoreCase));

        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Date, newest first") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#events\\?order=oldest$"));
        await Expect(Status(page, "events")).ToContainTextAsync("oldest first");
        var oldest = (await ApiAsync(page, "/api/events?limit=1")).GetProperty("events")[0].GetProperty("date").GetString();
        await Expect(page.Locator(".events-table tr.event-row td:first-child").First).ToContainTextAsync(oldest!);
        await page.GoBackAsync();
        await Expect(Status(page, "events")).ToContainTextAsync("newest first");

        // Goldstein and Reports sort the whole filter on the server, highest first, then turn.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sort by goldstein" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#events\\?sort=goldstein$"));
        var highest = (await ApiAsync(page, "/api/events?sort=goldstein&order=desc&limit=1")).GetProperty("events")[0].GetProperty("goldstein").GetDouble();
        await Expect(page.Locator(".events-table tr.event-row td.number").First).ToHaveTextAsync(highest.ToString("0.0", CultureInfo.InvariantCulture));
        await Expect(Status(page, "events")).ToContainTextAsync($"50 of {N(total)} events shown, by Goldstein value, highest first");

        // An unknown type is a clear error on screen, not an empty table.
        await page.GotoAsync("/#events?type=FIGHT");
        await Expect(page.Locator("#view-events .error")).ToContainTextAsync("Unknown PLOVER event type 'FIGHT'");
        Assert.DoesNotContain(errors, e => !e.Contains("400", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task An_export_from_the_view_holds_exactly_the_filtered_events()
    {
        var (page, _) = await session.OpenAsync();
        const string Filter = "actor=USA&type=ASSAULT";
        await DrawAsync(page, "events", "#events?" + Filter);

        var expected = new List<string>();
        string? cursor = null;
        do
        {
            var answer = await ApiAsync(page, $"/api/events?{Filter}&limit=500" + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            expected.AddRange(answer.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture)));
            cursor = answer.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);

        await Expect(Status(page, "events")).ToContainTextAsync($"of {N(expected.Count)} events");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a.export[data-format=\"csv\"]").ClickAsync());
        var path = BrowserSession.ArtifactPath("export-usa-assault.csv");
        await download.SaveAsAsync(path);
        var rows = FirstFields(await File.ReadAllTextAsync(path)).Skip(1).ToList();
        Assert.True(expected.Count > 0, "the filter should match events");
        Assert.Equal(expected, rows);
    }

    [SkippableFact]
    public async Task An_address_reproduces_a_view_and_back_returns_to_the_previous_one()
    {
        const string Hash = "#network?limit=30&min_events=2&quad_class=4";
        var (first, errors) = await session.OpenAsync();
        await DrawAsync(first, "network", Hash);
        var (second, _) = await session.OpenAsync();
        await DrawAsync(second, "network", Hash);

        await Expect(second.GetByLabel("Minimum events per dyad")).ToHaveValueAsync("2");
        await Expect(second.GetByLabel("QuadClass")).ToHaveValueAsync("4");
        await Expect(second.Locator("details.filter-drawer summary")).ToContainTextAsync("QuadClass 4");
        Assert.Equal(await Status(first, "network").InnerTextAsync(), await Status(second, "network").InnerTextAsync());
        Assert.Equal(await first.Locator("svg.network .edge").CountAsync(), await second.Locator("svg.network .edge").CountAsync());

        // Tabs keep the filters; Back and Forward walk the views.
        await second.Locator("#tab-map").ClickAsync();
        await Expect(second).ToHaveURLAsync(new Regex("#map\\?quad_class=4$"));
        await Expect(Status(second, "map")).Not.ToHaveTextAsync(Busy);
        await second.GoBackAsync();
        await Expect(second.Locator("#view-network")).ToBeVisibleAsync();
        await second.GoForwardAsync();
        await Expect(second.Locator("#view-map")).ToBeVisibleAsync();
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_timeline_counts_what_it_leaves_out_and_a_bar_opens_its_events()
    {
        var (page, errors) = await session.OpenAsync();
        Record("timeline", await DrawAsync(page, "timeline", "#timeline"));

        var all = (await ApiAsync(page, "/api/events?total=true&limit=1")).GetProperty("total").GetInt64();
        var status = await Status(page, "timeline").InnerTextAsync();
        var drawn = long.Parse(Regex.Match(status, @"^([\d,]+) of").Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.Contains($"of {N(all)} events", status, StringComparison.Ordinal);
        if (drawn < all)
        {
            await Expect(page.Locator("#view-timeline .notice")).ToContainTextAsync($"{N(all - drawn)} earlier events");
        }

        var bar = page.Locator("svg.chart g.period").Last;
        var events = await bar.GetAttributeAsync("data-events");
        await bar.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#events\\?from=.*&to="));
        await Expect(Status(page, "events")).ToContainTextAsync($" of {N(long.Parse(events!, CultureInfo.InvariantCulture))} event");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_map_counts_unplaced_events_and_cut_places_and_a_country_opens_its_events()
    {
        var (page, errors) = await session.OpenAsync();
        Record("map", await DrawAsync(page, "map", "#map"));

        var places = await ApiAsync(page, "/api/places?limit=500");
        await Expect(page.Locator("svg.map .marker")).ToHaveCountAsync(places.GetProperty("places").GetArrayLength());
        await Expect(Status(page, "map")).ToContainTextAsync($"{N(places.GetProperty("unplaced_events").GetInt64())} have no place");
        if (places.GetProperty("truncated").GetBoolean())
        {
            await Expect(page.Locator("#view-map .notice")).ToContainTextAsync($"{N(places.GetProperty("place_total").GetInt64() - 500)} smaller places");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        Assert.NotEqual("0 0 960 470", await page.Locator("svg.map").GetAttributeAsync("viewBox"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Whole world" }).ClickAsync();
        var busiest = places.GetProperty("countries")[0].GetProperty("country").GetString();
        var shaded = await page.Locator($"svg.map .countries path[data-country=\"{busiest}\"]").First.EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.NotEqual("rgb(223, 227, 232)", shaded); // the busiest country is shaded darker than a country without events
        await page.Locator($"svg.map .countries path[data-country=\"{busiest}\"]").First.DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex($"#events\\?place_country={busiest}$"));
        await Expect(Status(page, "events")).ToContainTextAsync($"of {N(places.GetProperty("countries")[0].GetProperty("events").GetInt64())} event");

        // A mark opens the events at its place.
        await page.GoBackAsync();
        var mark = page.Locator("svg.map .marker").Last;
        var (name, events) = (await mark.GetAttributeAsync("data-place"), places.GetProperty("places")[0].GetProperty("events").GetInt64());
        Assert.Equal(places.GetProperty("places")[0].GetProperty("name").GetString(), name);
        await mark.DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex("#events\\?place=.*&place_country="));
        await Expect(Status(page, "events")).ToContainTextAsync($"of {N(events)} event");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task The_network_counts_the_dyads_it_leaves_out_and_an_arrow_opens_the_dyad_timeline()
    {
        var (page, errors) = await session.OpenAsync();
        Record("network", await DrawAsync(page, "network", "#network"));

        var network = await ApiAsync(page, "/api/network");
        var drawn = network.GetProperty("dyads").EnumerateArray().Count(d => d.GetProperty("actor").GetString() != d.GetProperty("recipient").GetString());
        await Expect(page.Locator("svg.network .edge")).ToHaveCountAsync(drawn);
        if (network.GetProperty("truncated").GetBoolean())
        {
            await Expect(page.Locator("#view-network .notice")).ToContainTextAsync($"of {N(network.GetProperty("dyads_at_minimum").GetInt64())} dyads");
        }

        Assert.True(await page.Locator("svg.network .node text", new() { HasText = "United States" }).CountAsync() > 0, "nodes are named");
        var edge = page.Locator("svg.network .edge").Last;
        var (actor, recipient) = (await edge.GetAttributeAsync("data-source"), await edge.GetAttributeAsync("data-target"));
        await edge.DispatchEventAsync("click");
        await Expect(page).ToHaveURLAsync(new Regex($"#timeline\\?actor={actor}&recipient={recipient}$"));
        await Expect(Status(page, "timeline")).Not.ToHaveTextAsync(Busy);
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task A_permalink_opens_the_stored_article_with_the_event_words_marked()
    {
        var (page, errors) = await session.OpenAsync();
        await DrawAsync(page, "events", "#events");
        var id = await page.Locator(".events-table tr.event-row").First.GetAttributeAsync("data-event-id");
        await page.Locator(".events-table tr.event-row a.permalink").First.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"#code\\?event={id}$"));
        await Expect(page.Locator(".card.active")).ToHaveCountAsync(1);
        Assert.True(await page.Locator(".document mark.active").CountAsync() >= 1, "the event's words are marked");
        await Expect(Status(page, "code")).ToContainTextAsync($"Stored event {id}, report 1 of");
        Record("code (stored article)", await DrawAsync(page, "code", $"#code?event={id}"));
        Assert.Empty(errors);
    }

    [SkippableTheory]
    [InlineData(390, 844, "phone")]
    [InlineData(1440, 900, "desktop")]
    public async Task No_view_scrolls_sideways_and_phones_get_cards_and_a_closed_filter_drawer(int width, int height, string size)
    {
        var (page, errors) = await session.OpenAsync(width: width, height: height);
        foreach (var view in new[] { "events", "timeline", "map", "network" })
        {
            await DrawAsync(page, view, $"#{view}");
            await AssertNoSidewaysScrollAsync(page, $"{view} at {width}x{height}");

            // Screenshots that show the view itself: the filters folded on a desktop, the view's heading at the top on a phone.
            if (size == "desktop" && await page.Locator("details.filter-drawer").GetAttributeAsync("open") is not null)
            {
                await page.Locator("details.filter-drawer > summary").ClickAsync();
            }

            await page.Locator($"#view-{view} h2").EvaluateAsync("e => e.scrollIntoView()");
            await page.WaitForTimeoutAsync(100);
            await BrowserSession.ScreenshotAsync(page, $"{size}-{view}", fullPage: false);
            if (view == "timeline")
            {
                // Drawn at the width it is shown at, so its 11-12 px labels are not scaled down.
                var chart = (await page.Locator("svg.chart").BoundingBoxAsync())!;
                var drawnWidth = double.Parse((await page.Locator("svg.chart").GetAttributeAsync("width"))!, CultureInfo.InvariantCulture);
                Assert.InRange(chart.Width, drawnWidth, drawnWidth + 2.5); // its 1 px border on each side
                Assert.True(drawnWidth <= width, "the chart fits the screen");
            }
        }

        if (size == "phone")
        {
            Assert.Null(await page.Locator("details.filter-drawer").GetAttributeAsync("open"));
            await DrawAsync(page, "events", "#events");
            Assert.True((await page.Locator(".events-table thead").BoundingBoxAsync())!.Width <= 1, "the table header is hidden behind cards");
            Assert.True((await page.Locator(".events-table tr.event-row").First.BoundingBoxAsync())!.Width <= width, "an event card fits the screen");
        }

        Assert.Empty(errors);
    }
}
