using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Annalist.Documents;
using Annalist.Queue;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Storage.Query;
using Annalist.Tests.Queue;
using Annalist.Tests.Storage;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Cli;

/// <summary>
/// The scale-out path end to end, as processes: `annalist enqueue` 2,000 documents and a poisoned
/// message, three `annalist worker` processes into one PostgreSQL store, one killed with SIGKILL
/// while it holds documents. Every document must be stored exactly once, the merged events must
/// equal a single `annalist ingest` of the same documents, the stream must end empty and the
/// poisoned message must be in the dead letters with its reason.
/// </summary>
public sealed partial class QueueWorkersTests(PostgresTestStores stores) : IClassFixture<PostgresTestStores>
{
    private const int Documents = 2000;

    [SkippableFact]
    public async Task Three_workers_one_killed_store_every_document_once_and_merge_like_one_ingest()
    {
        Skip.If(QueueTestServers.SkipReason is not null, QueueTestServers.SkipReason);
        Skip.If(stores.SkipReason is not null, stores.SkipReason);
        var news = SharedData.Require("data/news");
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus.jsonl");
        var keys = WriteCorpus(news, corpus);
        var queueUrl = QueueTestServers.NewQueue("workers");

        // The reference: one ingest of the same documents.
        await using var reference = await stores.CreateAsync();
        var ingest = CliRunner.Run(null, "ingest", corpus, "--store", reference.Location.Value, "--progress", "plain");
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);

        var enqueue = CliRunner.Run(null, "enqueue", corpus, "--queue", queueUrl, "--progress", "plain");
        Assert.True(enqueue.ExitCode == 0, enqueue.Stderr);
        Assert.Contains($"{Documents:N0} published", enqueue.Stderr, StringComparison.Ordinal);
        var again = CliRunner.Run(null, "enqueue", corpus, "--queue", queueUrl, "--progress", "plain");
        Assert.Contains($"0 published, {Documents:N0} already on the queue", again.Stderr, StringComparison.Ordinal);

        await using var queue = await DocumentQueue.OpenAsync(QueueLocation.Parse(queueUrl));
        Assert.True(await queue.PublishAsync(Encoding.UTF8.GetBytes("{\"id\":\"poisoned\",\"text\":\"\"}"), "poisoned"));

        await using var store = await stores.CreateAsync();
        string[] workerArgs = ["worker", "--queue", queueUrl, "--store", store.Location.Value, "--until-empty", "--ack-wait", "4", "--batch-size", "40", "--log-every", "1"];
        var workers = Enumerable.Range(0, 3).Select(_ => Start(workerArgs)).ToList();
        foreach (var survivor in workers.Skip(1))
        {
            _ = survivor.Stderr;
        }

        try
        {
            // Kill the first worker while it holds documents, after it has committed some.
            var victim = workers[0];
            var killedHolding = 0;
            while (await victim.Process.StandardError.ReadLineAsync() is { } line)
            {
                victim.Log.AppendLine(line);
                if (StatusLine().Match(line) is { Success: true } m && int.Parse(m.Groups["stored"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 40
                    && int.Parse(m.Groups["held"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) is var held and > 0)
                {
                    killedHolding = held;
                    victim.Process.Kill();
                    break;
                }
            }

            Assert.True(killedHolding > 0, $"the first worker ended before it could be killed holding documents:\n{victim.Log}");
            await victim.Process.WaitForExitAsync();
            Assert.Equal(137, victim.Process.ExitCode);

            foreach (var survivor in workers.Skip(1))
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
                await survivor.Process.WaitForExitAsync(timeout.Token);
                var log = await survivor.Stderr;
                Assert.True(survivor.Process.ExitCode is 0 or 1, log);
            }
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.Process.HasExited))
            {
                worker.Process.Kill();
            }
        }

        // Every document stored exactly once (the unique text hash makes "more than once" impossible; count and look up each).
        var stats = await store.GetStatisticsAsync();
        Assert.Equal(Documents, (int)stats.Documents);
        foreach (var key in keys)
        {
            Assert.True(await store.ContainsAsync(key));
        }

        // The same merged events as one ingest.
        var expected = await CanonicalEventsAsync(reference);
        var actual = await CanonicalEventsAsync(store);
        Assert.True(expected.Count > 100, $"the corpus codes too few events ({expected.Count}) to test merging");
        Assert.Equal(expected, actual);

        // Nothing left; the poisoned message among the dead letters, with its reason.
        var status = await queue.StatusAsync();
        Assert.Equal((0UL, 0UL, 0UL), (status.StreamMessages, status.Pending, status.InFlight));
        var dead = new List<DeadLetter>();
        await foreach (var letter in queue.ReadDeadLettersAsync())
        {
            dead.Add(letter);
        }

        var poisoned = Assert.Single(dead);
        Assert.Contains("record has an empty \"text\"", poisoned.Reason, StringComparison.Ordinal);
        Assert.Contains("\"poisoned\"", Encoding.UTF8.GetString(poisoned.Data), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_worker_stopped_with_sigterm_commits_and_acknowledges_what_it_holds()
    {
        Skip.If(QueueTestServers.SkipReason is not null, QueueTestServers.SkipReason);
        Skip.If(stores.SkipReason is not null, stores.SkipReason);
        var news = SharedData.Require("data/news");
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus.jsonl");
        WriteCorpus(news, corpus, 600);
        var queueUrl = QueueTestServers.NewQueue("sigterm");
        Assert.Equal(0, CliRunner.Run(null, "enqueue", corpus, "--queue", queueUrl, "--progress", "plain").ExitCode);
        await using var store = await stores.CreateAsync();

        var worker = Start(["worker", "--queue", queueUrl, "--store", store.Location.Value, "--batch-size", "20", "--log-every", "1"]);
        try
        {
            while (await worker.Process.StandardError.ReadLineAsync() is { } line)
            {
                worker.Log.AppendLine(line);
                if (StatusLine().Match(line) is { Success: true } m && m.Groups["stored"].Value != "0")
                {
                    using var signal = Process.Start("kill", ["-TERM", worker.Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                    await signal.WaitForExitAsync();
                    break;
                }
            }

            worker.Log.Append(await worker.Process.StandardError.ReadToEndAsync());
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await worker.Process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!worker.Process.HasExited)
            {
                worker.Process.Kill();
            }
        }

        var log = worker.Log.ToString();
        Assert.True(worker.Process.ExitCode == 0, log);
        Assert.Contains("SIGTERM: finishing the documents in hand", log, StringComparison.Ordinal);

        // It stopped early, and everything it took is stored and acknowledged: nothing in flight, the rest still pending.
        var done = DoneLine().Match(log);
        Assert.True(done.Success, log);
        var stored = (int)(await store.GetStatisticsAsync()).Documents;
        Assert.Equal(int.Parse(done.Groups["stored"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture), stored);
        await using var queue = await DocumentQueue.OpenAsync(QueueLocation.Parse(queueUrl));
        var status = await queue.StatusAsync();
        Assert.Equal(0UL, status.InFlight);
        var skipped = ulong.Parse(done.Groups["already"].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(600UL, status.Pending + (ulong)stored + skipped);
        Assert.InRange(stored, 1, 599);
    }

    /// <summary>Events as comparable lines: dyad, type, code, date, status, counts and the documents that report each.</summary>
    private static async Task<List<string>> CanonicalEventsAsync(IEventStore store)
    {
        var lines = new List<string>();
        await foreach (var e in store.QueryEventsAsync(new EventQuery(), includeMentions: true))
        {
            lines.Add($"{e.Actor.Code}>{e.Recipient?.Code} {e.EventType} {e.Cameo} {e.Date:yyyy-MM-dd}/{e.DatePrecision} {e.Status} " +
                $"articles={e.ArticleCount} mentions={e.MentionCount} sources={e.SourceCount} [{string.Join(',', e.Mentions.Select(m => m.DocumentId).Order(StringComparer.Ordinal))}]");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>
    /// 2,000 short documents: the opening of each news article (about 600 characters, whole
    /// sentences), repeated under different ids, URLs and outlets, so reports of one event arrive
    /// from several articles and workers must merge them.
    /// </summary>
    private static List<DocumentKey> WriteCorpus(string newsDirectory, string path, int documents = Documents)
    {
        var articles = Directory.GetFiles(newsDirectory, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (Text: Opening(r.GetProperty("text").GetString()!), Date: r.TryGetProperty("date", out var d) ? d.GetString() : null))
            .ToList();
        var keys = new List<DocumentKey>();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        for (var i = 0; i < documents; i++)
        {
            var (text, date) = articles[i % articles.Count];
            var copy = i / articles.Count;
            var id = $"doc-{i}";
            var url = $"https://outlet{copy % 5}.example/story/{i}";
            var body = $"{text}\n\n(Edition {copy}.)";
            writer.WriteLine(JsonSerializer.Serialize(new { id, text = body, url, date, source = $"outlet-{copy % 5}" }));
            keys.Add(DocumentKey.Of(new Document(body, new DocumentMetadata { Id = id, Url = url })));
        }

        return keys;
    }

    private static string Opening(string text)
    {
        if (text.Length <= 600)
        {
            return text;
        }

        var end = text.IndexOf(". ", 600, StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static Worker Start(string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, StandardErrorEncoding = Encoding.UTF8, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "annalist.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        return new Worker(process);
    }

    [GeneratedRegex(@"^worker: (?<stored>[\d,]+) stored, .* (?<held>[\d,]+) held;")]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"worker: done: (?<stored>[\d,]+) stored, (?<already>[\d,]+) already stored")]
    private static partial Regex DoneLine();

    private sealed class Worker(Process process)
    {
        private Task<string>? stderr;

        public Process Process { get; } = process;

        public StringBuilder Log { get; } = new();

        /// <summary>The rest of standard error (read once; the victim's is read line by line instead).</summary>
        public Task<string> Stderr => stderr ??= Process.StandardError.ReadToEndAsync();
    }
}
