using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using ScenarioData = Annalist.Server.Tests.TestSupport.Scenario;

namespace Annalist.Server.Tests.Browser;

/// <summary>
/// The workbench in a real browser over the scenario store (coded by the fake coder, so these tests
/// do not depend on the real coder): highlights and cards linked both ways, markup shown as text,
/// the events table filtered, the timeline, the map and the network drawn, and keyboard use.
/// </summary>
public sealed class WorkbenchTests(BrowserSession.Scenario session) : IClassFixture<BrowserSession.Scenario>
{
    private static async Task CodeAsync(IPage page, string text, string date)
    {
        await page.GetByLabel("Article text").FillAsync(text);
        await page.GetByLabel("Publication date").FillAsync(date);
        await page.GetByRole(AriaRole.Button, new() { Name = "Code article" }).ClickAsync();
    }

    [SkippableFact]
    public async Task Code_view_highlights_each_role_and_links_cards_and_text_both_ways()
    {
        var (page, errors) = await session.OpenAsync();
        await CodeAsync(page, ScenarioData.Articles[0].Text, "2024-11-22");

        var cards = page.Locator(".card");
        await Expect(cards).ToHaveCountAsync(4);
        foreach (var kind in new[] { "actor", "recipient", "trigger", "claimant", "date", "place" })
        {
            Assert.True(await page.Locator($".document mark[data-kinds~=\"{kind}\"]").CountAsync() > 0, $"no {kind} highlighted");
        }

        // Card → text: the alleged deployment lights up its trigger and both claimants.
        var alleged = page.Locator(".card[data-status=\"alleged\"]");
        await Expect(alleged).ToHaveAttributeAsync("data-claimants", "USA KOR");
        await Expect(alleged).ToContainTextAsync("Claimed by");
        await alleged.ClickAsync();
        await Expect(alleged).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        var lit = await page.Locator(".document mark.active").AllInnerTextsAsync();

        // The form folded away, and words take the colour of their role in the selected event:
        // "The United States" is an actor elsewhere but a claimant of the deployment.
        Assert.Null(await page.Locator("details.code-drawer").GetAttributeAsync("open"));
        await Expect(page.Locator(".document mark.active", new() { HasText = "The United States" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("hl-claimant"));
        Assert.True(await page.Locator(".document .active-sentence").CountAsync() > 0, "the selected sentence is shaded");
        Assert.Contains("sending", lit);
        Assert.Contains("The United States", lit);
        Assert.Contains("South Korea", lit);

        // Text → card: the words "supplied" bring up the AID card with Shin Won-sik as claimant.
        await page.Locator(".document mark.hl-trigger", new() { HasText = "supplied" }).ClickAsync();
        var active = page.Locator(".card.active");
        await Expect(active).ToHaveAttributeAsync("data-event-type", "AID");
        await Expect(active).ToContainTextAsync("Shin Won-sik (KORGOV)");
        await Expect(active).ToBeFocusedAsync();

        // Keyboard: Enter on a card moves focus to its words in the text.
        await page.Locator(".card[data-event-type=\"ACCUSE\"]").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator(".document mark:focus")).ToHaveCountAsync(1);
        Assert.Contains("accused", await page.Locator(".document mark.active").AllInnerTextsAsync());

        await BrowserSession.ScreenshotAsync(page, "code-view");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Markup_in_an_article_shows_as_text_and_never_runs()
    {
        var (page, errors) = await session.OpenAsync();
        await CodeAsync(page, ScenarioData.Articles[4].Text, "2024-11-20");

        await Expect(page.Locator(".card")).ToHaveCountAsync(1);
        var document = page.Locator(".document");
        await Expect(document).ToContainTextAsync(ScenarioData.Markup);
        await Expect(document).ToContainTextAsync(ScenarioData.ScriptMarkup);
        await Expect(page.Locator(".card")).ToContainTextAsync("<b>Acme</b> (ACM)");
        Assert.Equal(0, await page.Locator("main img, main script, main b, main i").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        await BrowserSession.ScreenshotAsync(page, "code-markup-as-text");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Events_table_filters_and_shows_the_evidence_of_each_event()
    {
        var (page, errors) = await session.OpenAsync("#events");
        var rows = page.Locator(".events-table tbody tr:not(.details-row)");
        await Expect(rows).ToHaveCountAsync(7);

        var filters = page.GetByRole(AriaRole.Form, new() { Name = "Event filters" });
        await filters.GetByLabel("Event type (PLOVER)").FillAsync("ACCUSE");
        await filters.GetByLabel("Recipient code").FillAsync("PRK");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#events\\?recipient=PRK&type=ACCUSE$"));
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First.Locator(".evidence")).ToContainTextAsync("accused Pyongyang of sending troops");
        await Expect(rows.First.Locator(".evidence strong.trigger")).ToHaveTextAsync("accused");

        await rows.First.GetByRole(AriaRole.Button, new() { Name = "Reports (1)" }).ClickAsync();
        await Expect(page.Locator(".details-row:not([hidden])")).ToContainTextAsync("yonhap");
        await BrowserSession.ScreenshotAsync(page, "events-filtered");

        // Stored markup is text too, and a javascript: URL never becomes a link.
        await filters.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(7);
        await filters.GetByLabel("Actor code").FillAsync("ACM");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync(ScenarioData.Markup);
        await rows.First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Locator(".details-row:not([hidden])")).ToContainTextAsync("<script>alert('outlet')</script>");
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Timeline_draws_weekly_quad_class_bars_and_the_goldstein_sum_for_a_dyad_with_empty_weeks_as_gaps()
    {
        var (page, errors) = await session.OpenAsync("#timeline");
        var filters = page.GetByRole(AriaRole.Form, new() { Name = "Event filters" });
        await filters.GetByLabel("Actor code").FillAsync("RUS");
        await filters.GetByLabel("Recipient code").FillAsync("PRK");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page.Locator("#view-timeline .status-line")).ToContainTextAsync("2 of 2 events in 28 days");
        await page.GetByLabel("Period").SelectOptionAsync("week");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#timeline\\?actor=RUS&by=week&recipient=PRK$"));
        await Expect(page.Locator("#view-timeline .status-line")).ToContainTextAsync("2 of 2 events in 5 weeks (3 without events, left as gaps)");
        await Expect(page.Locator("svg.chart rect.bar[data-quad=\"2\"]")).ToHaveCountAsync(2);
        await Expect(page.Locator("svg.chart path.goldstein-line")).ToHaveAttributeAsync("d", new System.Text.RegularExpressions.Regex("^M[^L]*M[^L]*$"));
        await Expect(page.Locator("svg.chart")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("from Russia to North Korea"));
        await BrowserSession.ScreenshotAsync(page, "timeline");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Map_draws_the_world_outline_and_a_circle_per_event_place()
    {
        var (page, errors) = await session.OpenAsync("#map");

        await Expect(page.Locator("svg.map .markers circle")).ToHaveCountAsync(3);
        Assert.True(await page.Locator("svg.map .countries path").CountAsync() > 150);
        await Expect(page.Locator("svg.map circle[data-place=\"Brussels\"]")).ToHaveAttributeAsync("fill", "#b2182b");
        await Expect(page.Locator("table.places tbody tr")).ToHaveCountAsync(3);
        await BrowserSession.ScreenshotAsync(page, "map");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Network_draws_actors_and_dyads_weighted_and_coloured_by_quad_class()
    {
        var (page, errors) = await session.OpenAsync("#network");

        await Expect(page.Locator("svg.network .edge")).ToHaveCountAsync(6);
        await Expect(page.Locator("svg.network .node")).ToHaveCountAsync(7);
        await Expect(page.Locator("svg.network .edge[data-source=\"RUS\"][data-target=\"PRK\"]")).ToHaveAttributeAsync("data-weight", "2");
        await Expect(page.Locator("svg.network .edge[data-source=\"EUR\"]")).ToHaveAttributeAsync("data-quad", "4");
        await BrowserSession.ScreenshotAsync(page, "network");
        Assert.Empty(errors);
    }

    [SkippableFact]
    public async Task Tabs_work_from_the_keyboard_and_every_field_has_a_label()
    {
        var (page, errors) = await session.OpenAsync();
        await page.Locator("#tab-code").FocusAsync();
        foreach (var view in new[] { "events", "timeline", "map", "network" })
        {
            await page.Keyboard.PressAsync("ArrowRight");
            await Expect(page.Locator($"#tab-{view}")).ToBeFocusedAsync();
            await Expect(page.Locator($"#tab-{view}")).ToHaveAttributeAsync("aria-selected", "true");
            await Expect(page.Locator($"#view-{view}")).ToBeVisibleAsync();
        }

        await page.Keyboard.PressAsync("Home");
        await Expect(page.Locator("#view-code")).ToBeVisibleAsync();
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, textarea')].filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.outerHTML)");
        Assert.Empty(unlabelled);
        Assert.Empty(errors);
    }
}
