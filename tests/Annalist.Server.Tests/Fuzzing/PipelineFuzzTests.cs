using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Annalist.Composition;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Server.Tests.TestSupport;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Xunit.Abstractions;

namespace Annalist.Server.Tests.Fuzzing;

/// <summary>
/// Fuzzed files (<see cref="FuzzCorpus"/>) through everything a user's input reaches, in process: the
/// readers, every pipeline stage, both stores and <c>POST /api/code</c> with the real coder. No file may
/// throw out of a reader, fail a stage, hang (more than 2 minutes on one file), lose a readable document in a store, or get
/// a 5xx. CI runs 250 files from seed 7 (about a minute); a long run sets <c>ANNALIST_FUZZ_DOCUMENTS</c>
/// (and <c>ANNALIST_FUZZ_SEED</c>). With <c>ANNALIST_FUZZ_CORPUS=DIR</c>, <see cref="Write_the_corpus_for_the_command_line_runs"/>
/// writes the same files there instead, for the runs of the real commands (docs/robustness.md).
/// </summary>
public sealed class PipelineFuzzTests(ITestOutputHelper output)
{
    // A hang guard, not a speed measure (speed is measured in bench/): the slowest file of seed 7, 25 KB of
    // JSONL coded with the event-type model, takes 5 s alone on two cores and over 20 s while other test
    // assemblies share them. A hang never ends, so the guard only needs to sit well above that.
    private static readonly TimeSpan SlowDocument = TimeSpan.FromMinutes(2);

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("ANNALIST_FUZZ_DOCUMENTS"), out var n) && n > 0 ? n : 250;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("ANNALIST_FUZZ_SEED"), out var s) ? s : 7;

    [SkippableFact]
    public async Task Fuzzed_files_never_stop_the_readers_the_pipeline_the_stores_or_the_api()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "annalist-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);

        var pipeline = PipelineFactory.Code();
        var reader = new InputReader(InputOptions.Default with { DefaultDate = new DateOnly(2024, 11, 22) });
        var failures = new List<string>();
        var stores = new List<(string Name, IEventStore Store)> { ("sqlite", await EventStore.OpenAsync(Path.Combine(scratch, "fuzz.db"))) };
        var postgres = new TestStore.Postgres();
        if (postgres.SkipReason is null)
        {
            await postgres.InitializeAsync();
            stores.Add(("postgresql", await EventStore.OpenAsync(await postgres.CreateEmptyAsync())));
        }

        await using var server = new ServerFactory(Path.Combine(scratch, "served.db"), pipeline: pipeline);
        using var client = server.CreateClient();
        int files = 0, records = 0, readable = 0, coded = 0, requests = 0, answered = 0;
        var stored = stores.ToDictionary(s => s.Name, _ => 0);
        var batch = new List<IngestDocument>();
        try
        {
            foreach (var file in FuzzCorpus.Files(Seed, Count))
            {
                var name = $"{files++:D6}-{file.Name}";
                var path = Path.Combine(scratch, name);
                await File.WriteAllBytesAsync(path, file.Bytes);

                var clock = Stopwatch.StartNew();
                List<InputRecord> read;
                try
                {
                    read = reader.ReadFile(path, name).ToList();
                }
                catch (Exception ex)
                {
                    failures.Add($"{name}: the reader threw {ex.GetType().Name}: {ex.Message}");
                    continue;
                }

                foreach (var record in read)
                {
                    records++;
                    if (record.Document is null)
                    {
                        continue;
                    }

                    readable++;
                    var result = pipeline.ProcessSafely(record);
                    if (result.Document is { } document)
                    {
                        coded++;
                        batch.Add(IngestDocument.From(document));
                    }
                    else
                    {
                        failures.Add($"{name}: {string.Join("; ", result.Problems.Select(p => p.Message))}");
                    }
                }

                if (clock.Elapsed > SlowDocument)
                {
                    failures.Add($"{name}: {clock.Elapsed.TotalSeconds:N0} s to read and code");
                }

                if (batch.Count >= 50)
                {
                    await IngestAsync(stores, batch, stored, failures);
                }

                foreach (var request in Requests(file))
                {
                    requests++;
                    var answer = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/code?date=2024-11-22") { Content = request });
                    if ((int)answer.StatusCode >= 500)
                    {
                        failures.Add($"{name}: POST /api/code answered {(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
                    }
                    else if (answer.StatusCode == HttpStatusCode.OK)
                    {
                        answered++;
                    }
                }
            }

            await IngestAsync(stores, batch, stored, failures);
        }
        finally
        {
            foreach (var (_, store) in stores)
            {
                await store.DisposeAsync();
            }

            await postgres.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(scratch, recursive: true);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz seed {Seed}: {files} files, {records} records, {readable} readable, {coded} coded; stored {string.Join(", ", stored.Select(s => $"{s.Key} {s.Value}"))}; {requests} requests, {answered} answered 200; {failures.Count} failures"));
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [SkippableFact]
    public void Write_the_corpus_for_the_command_line_runs()
    {
        var corpus = Environment.GetEnvironmentVariable("ANNALIST_FUZZ_CORPUS") ?? string.Empty;
        Skip.If(corpus.Length == 0, "ANNALIST_FUZZ_CORPUS is not set (only the long run writes a corpus)");
        Directory.CreateDirectory(corpus);
        var files = 0;
        foreach (var file in FuzzCorpus.Files(Seed, Count))
        {
            File.WriteAllBytes(Path.Combine(corpus, $"{files++:D6}-{file.Name}"), file.Bytes);
        }

        output.WriteLine($"wrote {files} files from seed {Seed} to {corpus}");
    }

    /// <summary>Stores the batch in every store: each readable document is stored or a duplicate, never lost, never an exception.</summary>
    private static async Task IngestAsync(List<(string Name, IEventStore Store)> stores, List<IngestDocument> batch, Dictionary<string, int> stored, List<string> failures)
    {
        foreach (var (name, store) in stores)
        {
            try
            {
                var outcomes = await store.IngestAsync(batch);
                stored[name] += outcomes.Count(o => o.Stored);
                failures.AddRange(outcomes.Where(o => o.Status == IngestStatus.Failed).Select(o => $"{name}: document '{o.DocumentId}' was not stored: {o.Error}"));
            }
            catch (Exception ex)
            {
                failures.Add($"{name}: a batch of {batch.Count} threw {ex.GetType().Name}: {ex.Message}");
            }
        }

        batch.Clear();
    }

    /// <summary>What a client would post of the file: each JSON line as a JSON body, anything else as text/plain.</summary>
    private static IEnumerable<HttpContent> Requests(FuzzFile file)
    {
        if (!file.Name.EndsWith(".jsonl", StringComparison.Ordinal))
        {
            yield return new ByteArrayContent(file.Bytes) { Headers = { ContentType = new("text/plain") { CharSet = "utf-8" } } };
            yield break;
        }

        foreach (var line in Encoding.UTF8.GetString(file.Bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return new StringContent(line, Encoding.UTF8, "application/json");
        }
    }
}
