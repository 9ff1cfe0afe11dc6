using System.Globalization;
using System.Text;
using System.Text.Json;
using Annalist.Coding;
using Annalist.Events;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Storage.Export;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;
using Annalist.Tests.TestSupport;
using static Annalist.Tests.Storage.Reports;

namespace Annalist.Tests.Storage;

/// <summary>
/// The behaviour every store must have. Each kind of store runs these same tests through a subclass
/// (<see cref="SqliteEventStoreTests"/>, <see cref="PostgresEventStoreTests"/>).
/// </summary>
public abstract class EventStoreContract(ITestStores stores)
{
    private async Task<IEventStore> NewStoreAsync(MergeRule? rule = null)
    {
        Skip.If(stores.SkipReason is not null, stores.SkipReason);
        return await stores.CreateAsync(rule);
    }

    private async Task<IEventStore> KoreaStoreAsync()
    {
        var store = await NewStoreAsync();
        foreach (var document in KoreaScenario.All)
        {
            await store.IngestAsync([document]);
        }

        return store;
    }

    private static async Task<List<StoredEvent>> EventsAsync(IEventStore store, EventQuery? query = null, bool mentions = true)
    {
        var list = new List<StoredEvent>();
        await foreach (var e in store.QueryEventsAsync(query ?? EventQuery.All, mentions))
        {
            list.Add(e);
        }

        return list;
    }

    [SkippableFact]
    public async Task Stores_documents_events_and_mentions()
    {
        await using var store = await KoreaStoreAsync();
        var stats = await store.GetStatisticsAsync();
        Assert.Equal(5, stats.Documents);
        Assert.Equal(7, stats.Events);
        Assert.Equal(10, stats.Mentions);
        Assert.True(stats.SchemaVersion >= 1);
    }

    [SkippableFact]
    public async Task A_document_no_store_can_hold_fails_alone_and_the_rest_of_its_batch_is_stored()
    {
        // Issue 18: NUL failed the whole batch on PostgreSQL (and ingest with it) while SQLite stored it.
        await using var store = await NewStoreAsync();
        var outcomes = await store.IngestAsync([
            Document("a", "Russia supplied missiles to North Korea.", "Yonhap", null, "2024-11-22"),
            Document("nul", "Russia attacked\0 Ukraine.", "Yonhap", null, "2024-11-22"),
            Document("surrogate", "China met Japan.", "Yonhap", null, "2024-11-22") with { Metadata = new() { Id = "surrogate", Title = "\ud800" } },
            Document("b", "Japan criticised China.", "Kyodo", null, "2024-11-22"),
        ]);
        Assert.Equal([IngestStatus.Stored, IngestStatus.Failed, IngestStatus.Failed, IngestStatus.Stored], outcomes.Select(o => o.Status));
        Assert.Equal(["nul", "surrogate"], outcomes.Where(o => o.Error is not null).Select(o => o.DocumentId));
        Assert.Contains("NUL", outcomes[1].Error, StringComparison.Ordinal);
        Assert.Equal(2, (await store.GetStatisticsAsync()).Documents);
        Assert.Equal(IngestStatus.Stored, Assert.Single(await store.IngestAsync([Document("c", "Iran condemned Israel.", null, null, "2024-11-22")])).Status);
    }

    [SkippableFact]
    public async Task Ingesting_again_changes_nothing()
    {
        await using var store = await KoreaStoreAsync();
        var before = await store.GetStatisticsAsync();
        var outcomes = await store.IngestAsync(KoreaScenario.All);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.DuplicateText, o.Status));
        Assert.Equal(before, await store.GetStatisticsAsync());
        Assert.True(await store.ContainsAsync(KoreaScenario.Reuters.Key));
    }

    [SkippableFact]
    public async Task A_document_with_a_known_url_or_the_same_normalised_text_is_not_stored_twice()
    {
        await using var store = await NewStoreAsync();
        var original = Document("a", "Russia supplied missiles to North Korea.", "Yonhap", "https://www.example.com/news/1?utm_source=feed", "2024-11-22");
        var sameUrl = Document("b", "A different text under the same address.", "Yonhap", "https://example.com/news/1/", "2024-11-22");
        var sameText = Document("c", "  Russia   supplied missiles\nto North Korea. ", "Other", null, "2024-11-22");
        var curlyCopy = Document("d", "Russia supplied missiles to North Korea.", null, "https://mirror.example.org/x", null);
        var outcomes = await store.IngestAsync([original, sameUrl, sameText, curlyCopy, original]);
        Assert.Equal([IngestStatus.Stored, IngestStatus.DuplicateUrl, IngestStatus.DuplicateText, IngestStatus.DuplicateText, IngestStatus.DuplicateText], outcomes.Select(o => o.Status));
        Assert.All(outcomes.Skip(1), o => Assert.Equal(outcomes[0].StoreId, o.StoreId));
        Assert.Equal(1, (await store.GetStatisticsAsync()).Documents);
    }

    [SkippableFact]
    public async Task Reports_of_one_event_from_different_articles_merge_with_counts()
    {
        await using var store = await KoreaStoreAsync();
        var supply = (await EventsAsync(store, new EventQuery { Actor = "RUS", Recipient = "PRK", To = new DateOnly(2024, 11, 30) })).Single();
        Assert.Equal("AID", supply.EventType);
        Assert.Equal("072", supply.Cameo);
        Assert.Equal(8.3, supply.Goldstein);
        Assert.Equal(new DateOnly(2024, 11, 22), supply.Date);
        Assert.Equal(DatePrecision.Day, supply.DatePrecision);
        Assert.Equal(3, supply.MentionCount);
        Assert.Equal(3, supply.ArticleCount);
        Assert.Equal(2, supply.SourceCount);
        Assert.Equal(new DateOnly(2024, 11, 22), supply.FirstSeen);
        Assert.Equal(new DateOnly(2024, 11, 24), supply.LastSeen);
        Assert.Equal(["yonhap-1122", "reuters-1123", "yonhap-1124"], supply.Mentions.Select(m => m.DocumentId));
        Assert.StartsWith("new event", supply.Mentions[0].MergeReason, StringComparison.Ordinal);
        Assert.StartsWith($"joined event {supply.Id}: same dyad RUS→PRK, type AID, CAMEO 072~07", supply.Mentions[1].MergeReason, StringComparison.Ordinal);
        Assert.Equal(KoreaScenario.SupplySentence, supply.Mentions[0].EvidenceText);
        Assert.Equal("supplied", supply.Mentions[0].Record.Evidence.TriggerText);
        Assert.Equal(["military"], supply.Contexts);
    }

    [SkippableFact]
    public async Task Reports_too_far_apart_or_of_another_kind_stay_separate_events()
    {
        await using var store = await KoreaStoreAsync();
        var deliveries = await EventsAsync(store, new EventQuery { Actor = "RUS", Recipient = "PRK" });
        Assert.Equal(2, deliveries.Count);
        Assert.Equal(new DateOnly(2024, 12, 19), deliveries[1].Date);
        Assert.Equal(1, deliveries[1].ArticleCount);
        Assert.Equal("new event: no stored AID event RUS→PRK within 2024-12-19 ±0d", deliveries[1].Mentions[0].MergeReason);

        var sanctions = await EventsAsync(store, new EventQuery { Actor = "EUR" });
        Assert.Equal(2, sanctions.Count);
        Assert.Equal([EventStatus.Asserted, EventStatus.Intended], sanctions.Select(e => e.Status));
        Assert.Equal(2, (await EventsAsync(store, new EventQuery { EventType = "ACCUSE" })).Count);
    }

    [SkippableFact]
    public async Task An_event_alleged_in_one_article_and_denied_in_another_keeps_both_claims()
    {
        await using var store = await KoreaStoreAsync();
        var troops = (await EventsAsync(store, new EventQuery { Actor = "PRK", Recipient = "RUS" })).Single();
        Assert.Equal([EventStatus.Alleged, EventStatus.Denied], troops.Statuses);
        Assert.True(troops.Disputed);
        Assert.Equal(EventStatus.Alleged, troops.Status);
        Assert.Equal(3, troops.MentionCount);
        var claims = troops.Claims.ToList();
        Assert.Equal(2, claims.Count);
        Assert.Equal((EventStatus.Alleged, "USA", "yonhap-1122"), (claims[0].Status, claims[0].ClaimedBy.Single().Code, claims[0].DocumentId));
        Assert.Equal((EventStatus.Denied, "PRKGOV", "reuters-1123"), (claims[1].Status, claims[1].ClaimedBy.Single().Code, claims[1].DocumentId));
        Assert.Equal("KCNA", claims[1].ReportedBy.Single().Text);

        Assert.Equal(troops.Id, (await EventsAsync(store, new EventQuery { Status = EventStatus.Denied })).Single().Id);
        Assert.Equal(troops.Id, (await EventsAsync(store, new EventQuery { DisputedOnly = true })).Single().Id);
        Assert.Equal(troops.Id, (await EventsAsync(store, new EventQuery { Status = EventStatus.Alleged, Actor = "PRK" })).Single().Id);
    }

    [SkippableFact]
    public async Task Events_from_the_coder_are_stored_as_it_emits_them()
    {
        await using var store = await NewStoreAsync();
        var knowledge = new FakeKnowledge()
            .Actor("United States", "USA").Actor("South Korea", "KOR").Actor("Pyongyang", "PRKGOV").Actor("North Korea", "PRK")
            .Actor("Russians", "RUS").Actor("Russia", "RUS").Actor("Moscow", "RUSGOV").Actor("Shin", "KORGOV", "person")
            .Verb("accuse", "112").Verb("supply", "072").Verb("help", "070").Verb("send", "150").Verb("support", "051");
        var coder = new EventCoder(knowledge, knowledge, knowledge, null, new VersionStamp("test", "fake", "gold"));
        var documents = new List<IngestDocument>();
        foreach (var spec in new[] { "seed-accuse.conllu", "seed-supply.conllu" })
        {
            var document = Parsed.FromSpec(spec, new DateOnly(2024, 11, 22));
            coder.Code(document);
            documents.Add(IngestDocument.From(document));
        }

        var coded = documents.Sum(d => d.Events.Count);
        Assert.True(coded >= 4, $"the coder found {coded} events");
        var outcomes = await store.IngestAsync(documents);
        Assert.Equal(coded, outcomes.Sum(o => o.NewEvents + o.MergedEvents));
        var stored = await EventsAsync(store);
        Assert.Equal(coded, stored.Sum(e => e.Mentions.Count));
        // "Pyongyang ... sending troops" (PRKGOV, alleged by the US and South Korea) and "in exchange for
        // sending troops to support Moscow" (PRK to RUSGOV, said by Shin) are one deployment: merged by country.
        var troops = stored.Single(e => e.EventType == "AID" && e.Actor.Country == "PRK");
        Assert.Equal([EventStatus.Asserted, EventStatus.Alleged], troops.Statuses);
        Assert.Equal(2, troops.ArticleCount);
        var claims = troops.Claims.ToList();
        Assert.Equal(["USA", "KOR"], claims.Single(c => c.Status == EventStatus.Alleged).ClaimedBy.Select(c => c.Country));
        Assert.Equal(["KORGOV"], claims.Single(c => c.Status == EventStatus.Asserted).ClaimedBy.Select(c => c.Code));
        var supply = stored.Single(e => e.Cameo == "072" && e.Actor.Country == "RUS");
        Assert.Equal(("RUS", "PRK", "supplied"), (supply.Actor.Country, supply.Recipient!.Country, supply.Mentions.Single().Record.Evidence.TriggerText));
        Assert.Contains("supplied", supply.Mentions.Single().EvidenceText, StringComparison.Ordinal);
        Assert.Equal(documents[1].Events.Single(e => e.Cameo == "072" && e.Actor.Country == "RUS").Evidence, supply.Mentions.Single().Record.Evidence);
    }

    [SkippableFact]
    public async Task Two_reports_in_one_article_are_not_merged_by_the_store()
    {
        await using var store = await NewStoreAsync();
        const string first = "Russia sent missiles to North Korea.";
        const string second = "Russia also sent artillery shells to North Korea.";
        await store.IngestAsync([Document("one", first + " " + second, "Yonhap", null, "2024-11-22",
            Event(first, "sent", "RUS", "PRK", "AID", "072", "2024-11-22"),
            Event(second, "sent", "RUS", "PRK", "AID", "072", "2024-11-22"))]);
        Assert.Equal(2, (await store.GetStatisticsAsync()).Events);
    }

    [SkippableFact]
    public async Task Merging_can_be_turned_off_or_made_to_compare_full_codes()
    {
        await using (var strict = await NewStoreAsync(MergeRule.Default with { Enabled = false }))
        {
            foreach (var document in KoreaScenario.All)
            {
                await strict.IngestAsync([document]);
            }

            Assert.Equal(10, (await strict.GetStatisticsAsync()).Events);
        }

        var a = Document("a", "Seoul accused Pyongyang of provocations.", "Yonhap", null, "2024-11-22",
            Event("Seoul accused Pyongyang of provocations.", "accused", "KORGOV", "PRK", "ACCUSE", "112", "2024-11-22"));
        var b = Document("b", "South Korea accused the North of provocations.", "AP", null, "2024-11-22",
            Event("South Korea accused the North of provocations.", "accused", "KOR", "PRK", "ACCUSE", "112", "2024-11-22"));
        await using (var byCode = await NewStoreAsync(MergeRule.Default with { ActorMatch = ActorMatch.Code }))
        {
            await byCode.IngestAsync([a, b]);
            Assert.Equal(2, (await byCode.GetStatisticsAsync()).Events);
        }

        await using var byCountry = await NewStoreAsync();
        await byCountry.IngestAsync([a, b]);
        Assert.Equal(1, (await byCountry.GetStatisticsAsync()).Events);
    }

    [SkippableFact]
    public async Task Filters_select_by_actor_recipient_type_cameo_dates_and_status()
    {
        await using var store = await KoreaStoreAsync();
        Assert.Equal(2, (await EventsAsync(store, new EventQuery { Actor = "RUS" })).Count);
        Assert.Single(await EventsAsync(store, new EventQuery { Actor = "usa" }));
        Assert.Equal(3, (await EventsAsync(store, new EventQuery { Recipient = "PRK", To = new DateOnly(2024, 11, 30) })).Count);
        Assert.Equal(3, (await EventsAsync(store, new EventQuery { EventType = "aid" })).Count);
        Assert.Equal(3, (await EventsAsync(store, new EventQuery { CameoPrefix = "07" })).Count);
        Assert.Equal(2, (await EventsAsync(store, new EventQuery { CameoPrefix = "072" })).Count);
        Assert.Equal(2, (await EventsAsync(store, new EventQuery { CameoPrefix = "11" })).Count);
        Assert.Equal(2, (await EventsAsync(store, new EventQuery { From = new DateOnly(2024, 12, 1), To = new DateOnly(2024, 12, 31) })).Count);
        Assert.Single(await EventsAsync(store, new EventQuery { Status = EventStatus.Intended }));
        Assert.Empty(await EventsAsync(store, new EventQuery { Actor = "CHN" }));
        var all = await EventsAsync(store);
        Assert.Equal(7, all.Count);
        Assert.Equal(all.OrderBy(e => e.Date).ThenBy(e => e.Id).Select(e => e.Id), all.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Code_prefixes_match_codes_whose_country_is_not_their_first_three_letters()
    {
        // The coder gives the UN (IGOUNO) the country UNO; a query by "IGO" or "IGOUNO" must still find it, while
        // "USA" may use the country columns.
        await using var store = await NewStoreAsync();
        await store.IngestAsync([Reports.Document("un", "The United Nations condemned the strike on Gaza.", "Wire", null, "2024-11-20",
            Reports.Event("The United Nations condemned the strike on Gaza.", "condemned", "IGOUNO", "PSE", "ACCUSE", "111", "2024-11-20", actorCountry: "UNO"))]);
        await store.IngestAsync([Reports.Document("us", "The United States government condemned the strike.", "Wire", null, "2024-11-20",
            Reports.Event("The United States government condemned the strike.", "condemned", "USAGOV", "PSE", "ACCUSE", "111", "2024-11-20"))]);
        Assert.Single(await EventsAsync(store, new EventQuery { Actor = "IGO" }));
        Assert.Single(await EventsAsync(store, new EventQuery { Actor = "IGOUNO", Recipient = "PSE", EventType = "ACCUSE" }));
        Assert.Equal("USAGOV", Assert.Single(await EventsAsync(store, new EventQuery { Actor = "USA", Recipient = "PSE", EventType = "ACCUSE" })).Actor.Code);
        Assert.Single(await EventsAsync(store, new EventQuery { Actor = "USAGOV" }));
        Assert.Empty(await EventsAsync(store, new EventQuery { Actor = "USAMIL" }));
    }

    [SkippableFact]
    public async Task Paging_by_cursor_returns_every_event_once()
    {
        await using var store = await KoreaStoreAsync();
        var all = await EventsAsync(store, mentions: false);
        var paged = new List<StoredEvent>();
        EventCursor? after = null;
        while (true)
        {
            var page = await EventsAsync(store, new EventQuery { After = after, Limit = 3 }, mentions: false);
            paged.AddRange(page);
            if (page.Count < 3)
            {
                break;
            }

            after = page[^1].Cursor;
            Assert.True(EventCursor.TryParse(after.ToString(), out var parsed) && parsed == after);
        }

        Assert.Equal(all.Select(e => e.Id), paged.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Full_text_search_finds_events_by_the_words_of_their_articles()
    {
        await using var store = await KoreaStoreAsync();
        async Task<int[]> Search(string text) => [.. (await EventsAsync(store, new EventQuery { Text = TextQuery.Parse(text) }, mentions: false)).Select(e => (int)e.Id)];
        Assert.Equal(2, (await Search("KCNA")).Length);
        Assert.Single(await Search("shipment"));
        Assert.Equal(await Search("denied"), await Search("deny"));
        Assert.Equal(2, (await Search("\"air-defence missiles\"")).Length);
        Assert.Empty(await Search("\"missiles air-defence\""));
        Assert.Equal(2, (await Search("sanctions")).Length);
        Assert.Equal(3, (await Search("shipment OR sanctions")).Length);
        Assert.Single(await Search("missiles -Seoul -officials"));
        Assert.Empty(await Search("Ukraine"));
    }

    [SkippableFact]
    public async Task Dyads_count_events_goldstein_and_quad_classes_per_period()
    {
        await using var store = await KoreaStoreAsync();
        var months = new List<DyadRow>();
        await foreach (var row in store.QueryDyadsAsync(new EventQuery { Actor = "RUS", Recipient = "PRK" }, DyadPeriod.Month))
        {
            months.Add(row);
        }

        Assert.Equal(
            [new DyadRow("RUS", "PRK", new DateOnly(2024, 11, 1), 1, 3, 8.3, 0, 1, 0, 0), new DyadRow("RUS", "PRK", new DateOnly(2024, 12, 1), 1, 1, 8.3, 0, 1, 0, 0)],
            months);

        var weeks = new List<DyadRow>();
        await foreach (var row in store.QueryDyadsAsync(EventQuery.All, DyadPeriod.Week))
        {
            weeks.Add(row);
        }

        var accusations = weeks.Where(w => w.Recipient == "PRK" && w.VerbalConflict > 0).ToList();
        Assert.Equal(2, accusations.Count);
        Assert.All(accusations, w => Assert.Equal((new DateOnly(2024, 11, 18), DayOfWeek.Monday, -2.0), (w.PeriodStart, w.PeriodStart.DayOfWeek, w.GoldsteinSum)));

        var codes = new List<DyadRow>();
        await foreach (var row in store.QueryDyadsAsync(new EventQuery { EventType = "AID" }, DyadPeriod.Day, DyadLevel.Code))
        {
            codes.Add(row);
        }

        Assert.Equal(3, codes.Count);
        Assert.Equal(new DateOnly(2024, 11, 22), codes[0].PeriodStart);
    }

    [SkippableFact]
    public async Task Dyads_at_country_level_keep_the_code_of_an_actor_without_a_country()
    {
        await using var store = await NewStoreAsync();
        const string sentence = "The European Union said it would impose new sanctions on Russian banks.";
        await store.IngestAsync([Document("eu", sentence, "AFP", null, "2024-03-15",
            Event(sentence, "impose", "IGOEUREEC", "RUS", "THREATEN", "1312", "2024-04-01", actorCountry: string.Empty))]);
        var rows = new List<DyadRow>();
        await foreach (var row in store.QueryDyadsAsync(EventQuery.All, DyadPeriod.Month))
        {
            rows.Add(row);
        }

        Assert.Equal(("IGOEUREEC", "RUS"), (Assert.Single(rows).Actor, rows[0].Recipient));
    }

    [SkippableFact]
    public async Task Plover_export_writes_null_where_the_outlet_is_unknown()
    {
        await using var store = await NewStoreAsync();
        const string sentence = "Russia supplied missiles to North Korea, an official said.";
        await store.IngestAsync([Document("anonymous", sentence, null, null, "2024-11-22",
            Event(sentence, "supplied", "RUS", "PRK", "AID", "072", "2024-11-22", status: EventStatus.Alleged, claimedBy: "USAGOV"))]);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            PloverJson.Write((await EventsAsync(store)).Single(), json);
        }

        var record = JsonDocument.Parse(buffer.WrittenMemory).RootElement;
        Assert.Equal(JsonValueKind.Null, record.GetProperty("cite_info").GetProperty("corpus").ValueKind);
        Assert.Equal(JsonValueKind.Null, record.GetProperty("cite_info").GetProperty("publication").ValueKind);
        Assert.DoesNotContain("unknown", record.GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("alleged by ", record.GetProperty("comment").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_event_is_read_back_whole_with_its_reports()
    {
        await using var store = await KoreaStoreAsync();
        var listed = (await EventsAsync(store, new EventQuery { Actor = "EUR", Status = EventStatus.Asserted })).Single();
        var e = await store.GetEventAsync(listed.Id);
        Assert.NotNull(e);
        Assert.Equal((listed.Id, listed.Date, listed.MentionCount, listed.Status, listed.AddedAt), (e.Id, e.Date, e.MentionCount, e.Status, e.AddedAt));
        Assert.Equal("Brussels", e.Place?.Name);
        Assert.Equal(50.85045, e.Place!.Latitude, 5);
        var mention = e.Mentions.Single();
        Assert.Equal("afp-sanctions", mention.DocumentId);
        Assert.Equal("afp", mention.Outlet);
        Assert.Equal("https://www.afp.com/en/news/eu-sanctions", mention.Url);
        Assert.Equal(new DateOnly(2024, 11, 20), mention.PublicationDate);
        Assert.Equal(KoreaScenario.Sanctions.Events[1], mention.Record with { Contexts = KoreaScenario.Sanctions.Events[1].Contexts, ClaimedBy = KoreaScenario.Sanctions.Events[1].ClaimedBy, ReportedBy = KoreaScenario.Sanctions.Events[1].ReportedBy, Mentions = KoreaScenario.Sanctions.Events[1].Mentions });
        Assert.Null(await store.GetEventAsync(987654));
    }

    [SkippableFact]
    public async Task Evidence_keeps_utf16_offsets_with_text_outside_the_basic_plane()
    {
        await using var store = await NewStoreAsync();
        const string sentence = "Russia 🚀 supplied missiles to North Korea — officials said.";
        await store.IngestAsync([Document("emoji", "Headline 🇰🇷\n" + sentence, "Yonhap", null, "2024-11-22", Event(sentence, "supplied", "RUS", "PRK", "AID", "072", "2024-11-22"))]);
        var mention = (await EventsAsync(store)).Single().Mentions.Single();
        Assert.Equal(sentence, mention.EvidenceText);
        Assert.Equal("supplied", ("Headline 🇰🇷\n" + sentence)[mention.Record.Evidence.Trigger.Start..mention.Record.Evidence.Trigger.End]);
    }

    [SkippableFact]
    public async Task Concurrent_writers_store_each_document_once()
    {
        await using var store = await NewStoreAsync();
        var documents = Enumerable.Range(0, 40).Select(i => Document($"d{i}", $"Report {i}: Russia supplied missiles to North Korea.", $"outlet{i % 5}", null, "2024-11-22",
            Event($"Report {i}: Russia supplied missiles to North Korea.", "supplied", "RUS", "PRK", "AID", "072", "2024-11-22"))).ToList();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() => store.IngestAsync(documents.Skip(w % 2 * 20).Take(20).ToList()))));
        var stats = await store.GetStatisticsAsync();
        Assert.Equal(40, stats.Documents);
        Assert.Equal(1, stats.Events);
        var e = (await EventsAsync(store)).Single();
        Assert.Equal((40, 40, 5), (e.ArticleCount, e.MentionCount, e.SourceCount));
    }

    [SkippableFact]
    public async Task Actors_can_be_looked_up_by_code_or_name()
    {
        await using var store = await KoreaStoreAsync();
        var actors = await store.SearchActorsAsync("PRK");
        Assert.Equal("PRK", actors[0].Code);
        Assert.Equal(5, actors[0].Events);
        Assert.Contains(await store.SearchActorsAsync("the eur"), a => a.Code == "EUR");

        // Issue 18: "_" and "%" are LIKE wildcards; as a name prefix they match only themselves.
        Assert.Empty(await store.SearchActorsAsync("_"));
        Assert.Empty(await store.SearchActorsAsync("%"));
        Assert.Empty(await store.SearchActorsAsync("\\"));
    }

    [SkippableFact]
    public async Task Plover_export_uses_the_manual_field_names_and_parses_back()
    {
        await using var store = await KoreaStoreAsync();
        var lines = new List<string>();
        foreach (var e in await EventsAsync(store))
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var json = new Utf8JsonWriter(buffer))
            {
                PloverJson.Write(e, json);
            }

            lines.Add(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        var records = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(7, records.Count);
        foreach (var record in records)
        {
            Assert.StartsWith("annalist-", record.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", record.GetProperty("date").GetString()!);
            Assert.Equal(JsonValueKind.Array, record.GetProperty("actor").ValueKind);
            Assert.Equal(JsonValueKind.Array, record.GetProperty("recipient").ValueKind);
            Assert.InRange(record.GetProperty("quad_code").GetInt32(), 1, 4);
            foreach (var field in new[] { "event", "mode", "context", "event_loc", "event_text", "event_scale", "text_info", "cite_info", "coder", "coded_date", "comment" })
            {
                Assert.True(record.TryGetProperty(field, out _), field);
            }
        }

        var troops = records.Single(r => r.GetProperty("annalist").GetProperty("disputed").GetBoolean());
        Assert.Equal("PRK", troops.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("RUS", troops.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("AID", troops.GetProperty("event")[0].GetString());
        Assert.Equal(["alleged", "denied"], troops.GetProperty("annalist").GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("status").GetString()));
        Assert.Contains("denied by Pyongyang (reuters)", troops.GetProperty("comment").GetString(), StringComparison.Ordinal);
        var brussels = records.Single(r => r.GetProperty("event_loc").ValueKind == JsonValueKind.Object).GetProperty("event_loc");
        Assert.Equal((2800866, "BEL"), (brussels.GetProperty("geonameid").GetInt64(), brussels.GetProperty("country_code").GetString()));
    }

    [SkippableFact]
    public async Task Gdelt_exports_have_61_and_16_columns_that_parse_back()
    {
        await using var store = await KoreaStoreAsync();
        var events = new StringWriter();
        var mentions = new StringWriter();
        foreach (var e in await EventsAsync(store))
        {
            GdeltEvents.Write(e, events);
            foreach (var m in e.Mentions)
            {
                GdeltMentions.Write(e, m, mentions);
            }
        }

        var eventRows = events.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(7, eventRows.Count);
        Assert.All(eventRows, r => Assert.Equal(61, r.Length));
        Assert.Equal(61, GdeltEvents.Columns.Count);
        var col = GdeltEvents.Columns.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i);
        var supply = eventRows.Single(r => r[col["Actor1Code"]] == "RUS" && r[col["SQLDATE"]] == "20241122");
        Assert.Equal(("PRK", "072", "072", "07", "2", "8.3", "3", "2", "3"),
            (supply[col["Actor2Code"]], supply[col["EventCode"]], supply[col["EventBaseCode"]], supply[col["EventRootCode"]], supply[col["QuadClass"]],
             supply[col["GoldsteinScale"]], supply[col["NumMentions"]], supply[col["NumSources"]], supply[col["NumArticles"]]));
        Assert.Equal(("202411", "2024", "RUSSIA", "1"), (supply[col["MonthYear"]], supply[col["Year"]], supply[col["Actor1Name"]], supply[col["IsRootEvent"]]));
        Assert.Equal("https://en.yna.co.kr/view/AEN20241122", supply[col["SOURCEURL"]]);
        foreach (var row in eventRows)
        {
            Assert.True(long.TryParse(row[col["GLOBALEVENTID"]], out _));
            Assert.True(double.TryParse(row[col["FractionDate"]], NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) && fraction > 2024 && fraction < 2025);
            Assert.True(DateTime.TryParseExact(row[col["DATEADDED"]], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            Assert.True(double.TryParse(row[col["AvgTone"]], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
        }

        var brussels = eventRows.Single(r => r[col["ActionGeo_FeatureID"]] == "2800866");
        Assert.Equal(("4", "BE", "50.85045", "4.34878"), (brussels[col["ActionGeo_Type"]], brussels[col["ActionGeo_CountryCode"]], brussels[col["ActionGeo_Lat"]], brussels[col["ActionGeo_Long"]]));

        var mentionRows = mentions.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(10, mentionRows.Count);
        Assert.All(mentionRows, r => Assert.Equal(16, r.Length));
        var ids = eventRows.Select(r => r[0]).ToHashSet();
        Assert.All(mentionRows, r => Assert.Contains(r[0], ids));
        var reuters = mentionRows.First(r => r[5].Contains("reuters", StringComparison.Ordinal));
        Assert.Equal("reuters", reuters[4]);
        Assert.True(int.Parse(reuters[6], CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(reuters[9], CultureInfo.InvariantCulture) > 0);
    }

    [SkippableFact]
    public async Task Csv_export_quotes_and_parses_back()
    {
        await using var store = await KoreaStoreAsync();
        var csv = new StringWriter();
        EventCsv.WriteHeader(csv);
        foreach (var e in await EventsAsync(store))
        {
            EventCsv.Write(e, csv);
        }

        var rows = CsvRows(csv.ToString());
        Assert.Equal(EventCsv.Columns, rows[0]);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal(EventCsv.Columns.Count, r.Count));
        var evidence = rows.Skip(1).Select(r => r[EventCsv.Columns.ToList().IndexOf("evidence")]).ToList();
        Assert.Contains(KoreaScenario.SupplySentence, evidence);
    }

    /// <summary>A strict RFC 4180 reader for the test: quoted fields, doubled quotes, CRLF rows.</summary>
    private static List<List<string>> CsvRows(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
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
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }
}
