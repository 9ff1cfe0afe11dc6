using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Cli;

/// <summary>ingest, events, dyads and export as a user runs them: real processes, a store file, exit statuses.</summary>
public sealed class StoreCommandsTests
{
    private static string Example => Path.Combine(SharedData.RepositoryRoot, "examples", "article.txt");

    private static void RequireSyntaxModel()
    {
        var model = Path.Combine(AppContext.BaseDirectory, "data", "models", "en-syntax", "manifest.json");
        Skip.IfNot(File.Exists(model), $"the syntax model is not installed ({model}); ingest without --text-only needs it");
    }

    [SkippableFact]
    public void Ingest_codes_articles_into_events_with_the_shipped_coder()
    {
        RequireSyntaxModel();
        using var dir = new TempDirectory();
        var store = Path.Combine(dir.Path, "coded.db");
        var ingest = CliRunner.Run(null, "ingest", Example, "--date", "2024-03-15", "--store", store);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.DoesNotContain(" 0 coded event(s)", ingest.Stderr, StringComparison.Ordinal);
        var events = CliRunner.Run(null, "events", "--store", store, "--format", "jsonl");
        Assert.Equal(0, events.ExitCode);
        var lines = events.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.True(JsonDocument.Parse(line).RootElement.GetProperty("mentions")[0].GetProperty("doc_id").GetString() is "article"));
        var again = CliRunner.Run(null, "ingest", Example, "--date", "2024-03-15", "--store", store);
        Assert.Contains("0 stored, 1 already stored", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(events.Stdout, CliRunner.Run(null, "events", "--store", store, "--format", "jsonl").Stdout);
    }

    [SkippableFact]
    public void The_readme_walkthrough_on_the_example_set_shows_what_it_describes()
    {
        RequireSyntaxModel();
        using var dir = new TempDirectory();
        var store = Path.Combine(dir.Path, "demo.db");
        var examples = Path.Combine(SharedData.RepositoryRoot, "examples");
        var ingest = CliRunner.Run(null, "ingest", examples, "--date", "2024-03-15", "--store", store);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        Assert.Contains("5 record(s) read", ingest.Stderr, StringComparison.Ordinal);

        var table = CliRunner.Run(null, "events", "--store", store, "--actor", "UKR", "--format", "table");
        Assert.Equal(0, table.ExitCode);
        Assert.NotEmpty(table.Stdout.Trim());
        Assert.All(table.Stdout.Split('\n'), l => Assert.True(l.Length <= 80, $"redirected table line over 80 columns: {l}"));

        // The shelling: alleged by Ukraine and rejected by Lavrov in article.txt, denied in kharkiv-denial.txt.
        var denied = CliRunner.Run(null, "events", "--store", store, "--status", "denied", "--format", "jsonl");
        var record = JsonDocument.Parse(Assert.Single(denied.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("\"article_count\":2", StringComparison.Ordinal) && !l.Contains("\"disputed\":true", StringComparison.Ordinal))).RootElement;
        Assert.Equal(("RUS", "UKR", 2), (record.GetProperty("actor").GetProperty("country").GetString(), record.GetProperty("recipient").GetProperty("country").GetString(), record.GetProperty("article_count").GetInt32()));

        // The strike on Odesa: asserted by Ukraine's command in odesa-port.txt, denied by Russia's ministry in
        // kharkiv-denial.txt, and never merged with the shelling of Kharkiv the same night (another place).
        var disputed = CliRunner.Run(null, "events", "--store", store, "--status", "disputed", "--format", "jsonl");
        var strike = JsonDocument.Parse(Assert.Single(disputed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal(("Odesa", 2), (strike.GetProperty("place").GetProperty("name").GetString(), strike.GetProperty("article_count").GetInt32()));
        Assert.Equal("Kharkiv", record.GetProperty("place").GetProperty("name").GetString());

        var dyads = CliRunner.Run(null, "dyads", "--store", store, "--by", "week", "--format", "csv");
        Assert.DoesNotContain(dyads.Stdout.Split('\n').Skip(1), l => l.StartsWith(",", StringComparison.Ordinal));
        Assert.Contains("RUS,UKR,2024-03-11", dyads.Stdout, StringComparison.Ordinal);

        // The server examples' filters (README, `annalist serve`) match the same events.
        var aid = CliRunner.Run(null, "events", "--store", store, "--actor", "USA", "--type", "AID", "--from", "2024-03", "--to", "2024-03", "--format", "jsonl");
        Assert.NotEmpty(aid.Stdout.Trim());
        var plover = CliRunner.Run(null, "export", "--store", store, "--format", "plover-jsonl");
        Assert.DoesNotContain("(unknown)", plover.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Without_the_syntax_model_ingest_fails_before_creating_a_store()
    {
        var model = Path.Combine(AppContext.BaseDirectory, "data", "models", "en-syntax", "manifest.json");
        Skip.If(File.Exists(model), "the syntax model is installed; this test checks what happens when it is not");

        using var dir = new TempDirectory();
        var store = Path.Combine(dir.Path, "none.db");
        var ingest = CliRunner.Run(null, "ingest", Example, "--store", store);
        Assert.Equal(3, ingest.ExitCode);
        Assert.Contains("syntax model", ingest.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void The_example_article_goes_through_ingest_events_and_export()
    {
        using var dir = new TempDirectory();
        var store = Path.Combine(dir.Path, "annalist.db");
        var ingest = CliRunner.Run(null, "ingest", Example, "--date", "2024-03-15", "--store", store, "--text-only");
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("1 record(s) read", ingest.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 stored", ingest.Stderr, StringComparison.Ordinal);

        var again = CliRunner.Run(null, "ingest", Example, "--date", "2024-03-15", "--store", store, "--text-only");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 stored, 1 already stored", again.Stderr, StringComparison.Ordinal);

        foreach (var args in new[] { new[] { "events", "--format", "jsonl" }, ["events", "--format", "table", "--actor", "UKR"], ["dyads", "--by", "week", "--format", "csv"], ["export", "--format", "plover-jsonl"], ["export", "--format", "gdelt-events", "--header"], ["export", "--format", "gdelt-mentions"], ["export", "--format", "csv"] })
        {
            var run = CliRunner.Run(null, [.. args, "--store", store]);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Stderr}");
        }
    }

    [Fact]
    public void Reading_commands_refuse_a_missing_store_and_bad_filters()
    {
        using var dir = new TempDirectory();
        var missing = CliRunner.Run(null, "events", "--store", Path.Combine(dir.Path, "none.db"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Equal("annalist: no store at " + Path.Combine(dir.Path, "none.db") + " (run 'annalist ingest' first, or name one with --store)", missing.ErrorLines.Single());
        Assert.False(File.Exists(Path.Combine(dir.Path, "none.db")));
        Assert.Equal(2, CliRunner.Run(null, "events", "--from", "yesterday").ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "export", "--format", "gdelt").ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "events", "--text", "-only").ExitCode);
        var badUrl = CliRunner.Run(null, "events", "--store", "postgres://user:secret@/db");
        Assert.Equal(2, badUrl.ExitCode);
        Assert.DoesNotContain("secret", badUrl.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Feeds_and_json_lines_in_a_directory_are_stored_once()
    {
        using var dir = new TempDirectory();
        dir.File("in/feed.rss", """
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><link>https://example.com/1</link><pubDate>Fri, 22 Nov 2024 08:30:00 GMT</pubDate><description>Russia supplied missiles to North Korea.</description></item>
            <item><title>Two</title><link>https://example.com/2</link><description>North Korea denied sending troops.</description></item>
            </channel></rss>
            """);
        dir.File("in/more.jsonl", "{\"id\":\"j1\",\"text\":\"Kim accused the United States of provocations.\",\"url\":\"https://example.com/3\"}\n{\"id\":\"dup\",\"text\":\"Other words.\",\"url\":\"https://example.com/1\"}\n");
        var store = Path.Combine(dir.Path, "s.db");
        var first = CliRunner.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--store", store, "--list", "--text-only");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["https://example.com/1", "https://example.com/2", "j1"], first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.Contains("3 stored, 1 already stored", first.Stderr, StringComparison.Ordinal);
        var second = CliRunner.Run(null, "ingest", Path.Combine(dir.Path, "in"), "--store", store, "--list", "--text-only");
        Assert.Equal(string.Empty, second.Stdout);
        Assert.Contains("0 stored, 4 already stored", second.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Killing_ingest_loses_no_reported_document_and_a_rerun_leaves_no_duplicate()
    {
        using var dir = new TempDirectory();
        var input = Path.Combine(dir.Path, "news.jsonl");
        var keys = WriteCorpus(input, 3000);
        var store = Path.Combine(dir.Path, "crash.db");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "annalist.dll"), "ingest", input, "--store", store, "--batch-size", "10", "--list", "--progress", "plain", "--text-only" })
        {
            start.ArgumentList.Add(arg);
        }

        var reported = new List<string>();
        using (var process = Process.Start(start)!)
        {
            _ = process.StandardError.ReadToEndAsync();
            while (reported.Count < 40 && await process.StandardOutput.ReadLineAsync() is { } line)
            {
                reported.Add(line);
            }

            Assert.False(process.HasExited, "ingest finished before it could be killed; the corpus is too small for this machine");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var opened = await EventStore.OpenAsync(store, StoreOpenMode.Existing))
        {
            foreach (var id in reported)
            {
                Assert.True(await opened.ContainsAsync(keys[id]), $"document {id} was reported stored but is not in the store");
            }

            var partial = (await opened.GetStatisticsAsync()).Documents;
            Assert.InRange(partial, reported.Count, keys.Count - 1);
        }

        var rerun = CliRunner.Run(null, "ingest", input, "--store", store, "--progress", "plain", "--text-only");
        Assert.Equal(0, rerun.ExitCode);
        await using var final = await EventStore.OpenAsync(store, StoreOpenMode.Existing);
        Assert.Equal(keys.Count, (await final.GetStatisticsAsync()).Documents);
        foreach (var key in keys.Values.Take(50))
        {
            Assert.True(await final.ContainsAsync(key));
        }
    }

    /// <summary>Writes news articles replicated to <paramref name="count"/> distinct documents; returns each id's store key.</summary>
    private static Dictionary<string, DocumentKey> WriteCorpus(string path, int count)
    {
        var texts = new List<string>();
        var newsDirectory = SharedData.Root is { } shared ? Path.Combine(shared, "data", "news") : null;
        if (newsDirectory is not null && Directory.Exists(newsDirectory))
        {
            foreach (var file in Directory.GetFiles(newsDirectory, "*.jsonl"))
            {
                texts.AddRange(File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!));
            }
        }
        else
        {
            texts.Add(File.ReadAllText(Example));
        }

        var keys = new Dictionary<string, DocumentKey>();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var id = $"copy-{i}";
            var text = texts[i % texts.Count] + $"\n\n(Copy {i} of the benchmark corpus.)";
            writer.WriteLine(JsonSerializer.Serialize(new { id, text, url = $"https://news.example/{i}", date = "2024-11-22", source = $"outlet-{i % 7}" }));
            keys[id] = DocumentKey.Of(new Document(text, new DocumentMetadata { Id = id, Url = $"https://news.example/{i}" }));
        }

        return keys;
    }
}
