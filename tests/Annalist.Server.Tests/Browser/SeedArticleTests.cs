using Annalist.Composition;
using Annalist.Events;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Annalist.Server.Tests.Browser;

/// <summary>
/// The seed article (../shared/samples/seed) pasted into the workbench, coded by the real pipeline:
/// the accusation and the alleged troop deployment must show, highlighted, with their claimants.
/// Skips, saying why, while PipelineFactory.Code() has no event-coding stage (before the coder
/// lands) or where ../shared is absent.
/// </summary>
public sealed class SeedArticleTests(BrowserSession.RealCoding session) : IClassFixture<BrowserSession.RealCoding>
{
    private static string SeedFile(string name)
    {
        string? found = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && found is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "samples", "seed", name);
            if (File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")) && File.Exists(candidate))
            {
                found = candidate;
            }
        }

        if (Environment.GetEnvironmentVariable("ANNALIST_SHARED") is { Length: > 0 } shared && File.Exists(Path.Combine(shared, "samples", "seed", name)))
        {
            found = Path.Combine(shared, "samples", "seed", name);
        }

        Skip.If(found is null, $"../shared/samples/seed/{name} is not available on this machine");
        return found!;
    }

    [SkippableFact]
    public async Task The_accusation_and_the_alleged_troop_deployment_show_highlighted_with_their_claimants()
    {
        Skip.IfNot(
            PipelineFactory.Code().Stages.Any(s => s.Produces.Contains(DocumentEvents.Layer)),
            "PipelineFactory.Code() has no event-coding stage yet (it produces no 'events' layer); this test runs once the coder is composed there");
        var article = await File.ReadAllTextAsync(SeedFile("article.txt"));
        var (page, errors) = await session.OpenAsync();

        await page.GetByLabel("Article text").FillAsync(article);
        await page.GetByLabel("Publication date").FillAsync("2024-11-22");
        await page.GetByRole(AriaRole.Button, new() { Name = "Code article" }).ClickAsync();
        await Expect(page.Locator(".card").First).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The accusation: the United States (and South Korea) accuse North Korea.
        var accusations = page.Locator(".card[data-event-type=\"ACCUSE\"][data-actor-country=\"USA\"][data-recipient-country=\"PRK\"]");
        await Expect(accusations.First).ToBeVisibleAsync();
        Assert.True(await page.Locator(".card[data-event-type=\"ACCUSE\"][data-actor-country=\"KOR\"][data-recipient-country=\"PRK\"]").CountAsync() >= 1);
        await accusations.First.ClickAsync();
        Assert.Contains(await page.Locator(".document mark.active[data-kinds~=\"trigger\"]").AllInnerTextsAsync(), t => t.Contains("accuse", StringComparison.OrdinalIgnoreCase));

        // The troop deployment it alleges: North Korea → Russia, alleged, claimed by the USA and South Korea.
        var deployment = page.Locator(".card[data-status=\"alleged\"][data-actor-country=\"PRK\"][data-recipient-country=\"RUS\"]");
        await Expect(deployment.First).ToBeVisibleAsync();
        var claimants = (await deployment.First.GetAttributeAsync("data-claimants"))!.Split(' ');
        Assert.Contains("USA", claimants);
        Assert.Contains("KOR", claimants);
        await deployment.First.ClickAsync();
        var lit = page.Locator(".document mark.active[data-kinds~=\"claimant\"]");
        var claimantWords = string.Join(" | ", await lit.AllInnerTextsAsync());
        Assert.Contains("United States", claimantWords);
        Assert.Contains("South Korea", claimantWords);
        await Expect(deployment.First).ToContainTextAsync("Claimed by");

        await BrowserSession.ScreenshotAsync(page, "seed-article");
        Assert.Empty(errors);
    }
}
