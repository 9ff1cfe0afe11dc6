using Annalist.Server.Tests.TestSupport;
using Microsoft.Playwright;

namespace Annalist.Server.Tests.Browser;

/// <summary>
/// One server on a loopback port and one headless Debian chromium driven by Playwright, started once
/// for a test class. Chromium is never downloaded: /usr/bin/chromium (or ANNALIST_CHROMIUM), which
/// scripts/setup.d/chromium.sh installs. Without it the browser tests skip, except under CI where
/// that is a failure. Screenshots go to artifacts/screenshots/.
/// </summary>
public abstract class BrowserSession : IAsyncLifetime
{
    private TestStore.Sqlite? store;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private ServerFactory? server;

    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("ANNALIST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public string? SkipReason { get; private set; }

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What fills the store; the <see cref="TestSupport.Scenario"/> unless a session says otherwise.</summary>
    protected virtual Func<string, Task>? Populate => null;

    /// <summary>An existing store to serve instead of a fresh one (for measuring on a large store), or null.</summary>
    protected virtual string? ExistingStore => null;

    /// <summary>Whether the server codes with the real pipeline (PipelineFactory.Code) instead of the scenario's fake coder.</summary>
    protected virtual bool RealCoder => false;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException($"{ChromiumPath} is missing under CI: scripts/setup.d/chromium.sh should have installed Debian's chromium");
            }

            SkipReason = $"browser tests need Debian's chromium at {ChromiumPath} (apt-get install chromium, or scripts/setup.d/chromium.sh; ANNALIST_CHROMIUM names another)";
            return;
        }

        var location = ExistingStore;
        if (location is null)
        {
            store = new TestStore.Sqlite { Populate = Populate };
            await store.InitializeAsync();
            location = store.Location;
        }

        server = new ServerFactory(location, realCoder: RealCoder);
        BaseAddress = server.StartOnLoopback();

        // The first answer that names codes loads the knowledge base (a few seconds, once per server): do it
        // before any page is timed.
        using (var http = new HttpClient { BaseAddress = BaseAddress })
        {
            (await http.GetAsync("/api/vocabulary")).EnsureSuccessStatusCode();
        }

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (own context) on the workbench, with every console error and page error collected.</summary>
    public async Task<(IPage Page, List<string> Errors)> OpenAsync(string hash = "", int width = 1280, int height = 900)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseAddress.ToString(), AcceptDownloads = true, IsMobile = width < 500, HasTouch = width < 500,
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync("/" + hash);
        return (page, errors);
    }

    /// <summary>Saves a full-page screenshot as a test artifact: artifacts/screenshots/NAME.png in the repository.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(directory, name + ".png"), FullPage = fullPage });
    }

    /// <summary>Where measurements and other test artifacts go: artifacts/NAME in the repository.</summary>
    public static string ArtifactPath(string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "artifacts");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Annalist.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    /// <summary>The workbench over the scenario store, coding with the scenario's fake coder.</summary>
    public sealed class Scenario : BrowserSession;

    /// <summary>
    /// The workbench over the <see cref="LargeScenario"/>, or over the store ANNALIST_WORKBENCH_STORE names
    /// (e.g. a 300k-event store from annalist-storebench generate) when measuring render times.
    /// </summary>
    public sealed class Large : BrowserSession
    {
        public const string StoreVariable = "ANNALIST_WORKBENCH_STORE";

        protected override Func<string, Task>? Populate => LargeScenario.PopulateAsync;

        protected override string? ExistingStore => Environment.GetEnvironmentVariable(StoreVariable) is { Length: > 0 } path ? path : null;
    }

    /// <summary>The workbench coding with the real pipeline, for the seed article.</summary>
    public sealed class RealCoding : BrowserSession
    {
        protected override bool RealCoder => true;
    }
}
