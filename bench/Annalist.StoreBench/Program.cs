using System.Diagnostics;
using System.Globalization;
using Annalist.Documents;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;
using Annalist.StoreBench;
using Annalist.Text;

// Benchmarks and tools for the event store (figures and commands in docs/storage.md):
//   annalist-storebench merge-precision [PAIRS.jsonl]       score merge-rule variants on the labelled pairs
//   annalist-storebench corpus OUT.jsonl [DOCS]             replicate ../shared/data/news into DOCS distinct documents (default 100,000)
//   annalist-storebench generate STORE [EVENTS]             build a store of EVENTS synthetic events (default 1,000,000) for query benchmarks
//   annalist-storebench write STORE [DOCS] [EVENTS/DOC]     time the store alone writing news documents with synthetic events
//   annalist-storebench query STORE [RUNS]                  time dyad + month queries (what `annalist events --actor A --recipient B --from M --to M` runs)
// STORE is a SQLite path or a postgres:// URL.
var command = args.Length > 0 ? args[0] : "help";
return command switch
{
    "merge-precision" => MergePrecision(args.Length > 1 ? args[1] : Path.Combine(NewsCorpus.RepositoryRoot(), "tests", "Annalist.Tests", "Specs", "merge-pairs.jsonl")),
    "corpus" when args.Length > 1 => Corpus(args[1], Int(args, 2, 100_000)),
    "generate" when args.Length > 1 => await GenerateAsync(args[1], Int(args, 2, 1_000_000)),
    "write" when args.Length > 1 => await WriteAsync(args[1], Int(args, 2, 100_000), Int(args, 3, 5)),
    "query" when args.Length > 1 => await QueryAsync(args[1], Int(args, 2, 50)),
    _ => Help(),
};

static int Int(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static int Help()
{
    Console.Error.WriteLine("usage: annalist-storebench merge-precision [PAIRS] | corpus OUT [DOCS] | generate STORE [EVENTS] | write STORE [DOCS] [EVENTS/DOC] | query STORE [RUNS]");
    return 2;
}

static int MergePrecision(string path)
{
    var pairs = MergeEvaluation.Load(path);
    Console.WriteLine($"{pairs.Count} labelled pairs ({pairs.Count(p => p.Same)} same event, {pairs.Count(p => !p.Same)} different) from {path}");
    (string Name, MergeRule Rule)[] variants =
    [
        ("default", MergeRule.Default),
        ("slack 1", MergeRule.Default with { SlackDays = 1 }),
        ("slack 2", MergeRule.Default with { SlackDays = 2 }),
        ("before 14", MergeRule.Default with { BeforeDays = 14 }),
        ("before 30", MergeRule.Default with { BeforeDays = 30 }),
        ("actors by code", MergeRule.Default with { ActorMatch = ActorMatch.Code }),
        ("cameo root", MergeRule.Default with { CameoMatch = CameoMatch.Root }),
    ];
    foreach (var (name, rule) in variants)
    {
        Console.WriteLine($"{name,-18} {MergeEvaluation.Score(pairs, rule)}");
    }

    Console.WriteLine();
    Console.WriteLine("errors of the default rule:");
    foreach (var (pair, decision) in MergeEvaluation.Score(pairs, MergeRule.Default).Errors)
    {
        Console.WriteLine($"  {pair.Id} labelled {(pair.Same ? "same" : "different")}: {pair.Note}\n      rule: {decision.Reason}");
    }

    return 0;
}

static int Corpus(string path, int docs)
{
    NewsCorpus.Replicate(path, docs);
    Console.WriteLine($"wrote {docs:N0} documents to {path} ({new FileInfo(path).Length / 1e6:F1} MB)");
    return 0;
}

static async Task<int> GenerateAsync(string location, int target)
{
    var articles = NewsCorpus.Load();
    var synthetic = new SyntheticEvents(20241122);
    var first = new DateOnly(2015, 1, 1);
    await using var store = await EventStore.OpenAsync(location);
    var clock = Stopwatch.StartNew();
    long created = 0, merged = 0, docs = 0;
    while (created < target)
    {
        var batch = new List<IngestDocument>(500);
        for (var i = 0; i < 500; i++, docs++)
        {
            var (text, _, _) = articles[(int)(docs % articles.Count)];
            var body = text[..Math.Min(text.Length, 600)] + $" (Synthetic report {docs}.)";
            var published = first.AddDays(synthetic.Next(3650));
            var sentences = new List<TextRange> { new(0, body.Length) };
            var id = $"synthetic-{docs}";
            var document = new Document(body, new DocumentMetadata { Id = id, Url = $"https://synthetic.example/{docs}", Source = $"outlet-{docs % 40}", PublicationDate = published });
            batch.Add(new IngestDocument
            {
                Metadata = document.Metadata,
                Text = body,
                Key = DocumentKey.Of(document),
                Sentences = sentences,
                Events = synthetic.For(id, body, sentences, published, 5, 3),
            });
        }

        foreach (var outcome in await store.IngestAsync(batch))
        {
            created += outcome.NewEvents;
            merged += outcome.MergedEvents;
        }

        if (docs % 20_000 == 0)
        {
            Console.Error.WriteLine($"  {docs:N0} documents, {created:N0} events ({merged:N0} reports merged), {clock.Elapsed.TotalSeconds:F0} s");
        }
    }

    var stats = await store.GetStatisticsAsync();
    Console.WriteLine($"{store.Location}: {stats.Documents:N0} documents, {stats.Events:N0} events, {stats.Mentions:N0} mentions in {clock.Elapsed.TotalSeconds:F0} s ({stats.Mentions / clock.Elapsed.TotalSeconds:N0} reports/s)");
    return 0;
}

static async Task<int> WriteAsync(string location, int docs, int eventsPerDocument)
{
    var articles = NewsCorpus.Load();
    var synthetic = new SyntheticEvents(7);
    var segmenter = new TextSegmentationStage();
    await using var store = await EventStore.OpenAsync(location);
    var writing = new Stopwatch();
    var total = Stopwatch.StartNew();
    long events = 0, bytes = 0;
    for (var start = 0; start < docs; start += 200)
    {
        var batch = new List<IngestDocument>(200);
        for (var i = start; i < Math.Min(docs, start + 200); i++)
        {
            var (text, title, date) = articles[i % articles.Count];
            var body = text + $"\n\n(Benchmark copy {i}.)";
            var published = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var document = new Document(body, new DocumentMetadata { Id = $"bench-{i}", Title = title, Url = $"https://bench.example/{i % 25}/{i}", Source = $"outlet-{i % 25}", PublicationDate = published });
            segmenter.Process(document);
            var sentences = document.Sentences.Select(s => s.Range).ToList();
            batch.Add(new IngestDocument
            {
                Metadata = document.Metadata,
                Text = body,
                Key = DocumentKey.Of(document),
                Sentences = sentences,
                Events = synthetic.For(document.Metadata.Id, body, sentences, published, eventsPerDocument, 3),
            });
            bytes += body.Length;
        }

        writing.Start();
        await store.IngestAsync(batch);
        writing.Stop();
        events += batch.Sum(d => d.Events.Count);
    }

    var seconds = writing.Elapsed.TotalSeconds;
    Console.WriteLine($"{store.Location}: stored {docs:N0} documents ({bytes / 1e6:F0} M chars) with {events:N0} events: store time {seconds:F1} s = {docs / seconds:N0} docs/s, {events / seconds:N0} events/s; whole run {total.Elapsed.TotalSeconds:F1} s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
    return 0;
}

static async Task<int> QueryAsync(string location, int runs)
{
    await using var store = await EventStore.OpenAsync(location, StoreOpenMode.Existing);
    var stats = await store.GetStatisticsAsync();
    var random = new Random(42);
    var synthetic = new SyntheticEvents(42);
    var withMentions = new List<double>();
    var without = new List<double>();
    long found = 0;
    for (var run = 0; run < runs; run++)
    {
        string actor, recipient;
        do
        {
            actor = synthetic.Country();
            recipient = synthetic.Country();
        }
        while (actor == recipient);

        var month = new DateOnly(2015, 1, 1).AddMonths(random.Next(120));
        var query = new EventQuery { Actor = actor, Recipient = recipient, From = month, To = month.AddMonths(1).AddDays(-1) };
        foreach (var (mentions, times) in new[] { (true, withMentions), (false, without) })
        {
            var clock = Stopwatch.StartNew();
            var count = 0;
            await foreach (var _ in store.QueryEventsAsync(query, mentions))
            {
                count++;
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            found += mentions ? count : 0;
        }
    }

    static string Describe(List<double> times)
    {
        var sorted = times.Skip(1).Order().ToList();
        return string.Create(CultureInfo.InvariantCulture, $"median {sorted[sorted.Count / 2]:F1} ms, p95 {sorted[(int)(sorted.Count * 0.95)]:F1} ms, max {sorted[^1]:F1} ms");
    }

    Console.WriteLine($"{store.Location}: {stats.Events:N0} events; {runs} dyad+month queries, {found / (double)runs:F1} events each on average");
    Console.WriteLine($"  with mentions (as annalist events prints them): {Describe(withMentions)}");
    Console.WriteLine($"  events only:                                    {Describe(without)}");
    return 0;
}
