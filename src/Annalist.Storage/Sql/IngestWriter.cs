using System.Data.Common;
using Annalist.Events;
using Annalist.Storage.Documents;
using Annalist.Storage.Merging;

namespace Annalist.Storage.Sql;

/// <summary>
/// Writes one batch inside one open transaction: duplicate checks, document rows (and their
/// full-text entries), and each coded event merged into a stored event or stored as a new one, with
/// a mention row that says why. The same SQL runs on SQLite and PostgreSQL.
/// </summary>
internal sealed class IngestWriter : IDisposable
{
    /// <summary>A stored document with the same normalised text (@hash) or URL (@url_key; null matches nothing).</summary>
    public const string SameDocument = "text_hash = @hash OR url_key = @url_key";

    private readonly MergeRule rule;
    private readonly DateTimeOffset now;
    private readonly string nowText;
    private readonly DbCommand findStored;
    private readonly DbCommand insertDocument;
    private readonly DbCommand? insertFullText;
    private readonly DbCommand findCandidates;
    private readonly DbCommand insertEvent;
    private readonly DbCommand countStatus;
    private readonly DbCommand updateEvent;
    private readonly DbCommand insertMention;

    public IngestWriter(DbConnection connection, DbTransaction transaction, MergeRule rule, string? fullTextInsertSql, DateTimeOffset now)
    {
        this.rule = rule;
        this.now = now;
        nowText = StoreText.Timestamp(now);
        // One round trip per document and few per event: on PostgreSQL each is a wait on the server, and the
        // writer must keep up with the coder.
        findStored = connection.Command($"SELECT id, text_hash = @hash FROM documents WHERE {SameDocument}", transaction);
        insertDocument = connection.Command(
            "INSERT INTO documents (doc_id, url, url_key, text_hash, title, source, outlet, publication_date, language, text, text_length, sentence_offsets, sentence_count, event_count, ingested_at) " +
            "VALUES (@doc_id, @url, @url_key, @hash, @title, @source, @outlet, @publication_date, @language, @text, @text_length, @sentence_offsets, @sentence_count, @event_count, @now) RETURNING id",
            transaction);
        insertFullText = fullTextInsertSql is null ? null : connection.Command(fullTextInsertSql, transaction);
        var dyad = rule.ActorMatch == ActorMatch.Code
            ? "actor_code = @actor AND recipient_code = @recipient"
            : "actor_country = @actor AND recipient_country = @recipient";
        findCandidates = connection.Command(
            "SELECT id, cameo, goldstein, quad_class, window_lo, window_hi, date_day, date_width, mention_count, contexts, mode, first_seen, last_seen, place, " +
            "actor_code, actor_country, recipient_code, recipient_country, event_type, status_family, date_precision, " +
            "EXISTS (SELECT 1 FROM mentions o WHERE o.event = events.id AND o.outlet = @outlet), " +
            "actor_kind, actor_text, recipient_kind, recipient_text " +
            $"FROM events WHERE {dyad} AND event_type = @event_type AND status_family = @family AND window_hi >= @lo AND window_lo <= @hi " +
            "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event = events.id AND m.document = @document)",
            transaction);
        insertEvent = connection.Command(
            "INSERT INTO events (actor_code, actor_country, actor_sector, actor_text, actor_kind, has_recipient, recipient_code, recipient_country, recipient_sector, recipient_text, recipient_kind, " +
            "event_type, mode, contexts, cameo, goldstein, quad_class, date, date_day, month, date_precision, date_width, window_lo, window_hi, " +
            "status, status_mask, status_family, mention_count, article_count, source_count, first_seen, last_seen, added_at, place) VALUES " +
            "(@actor_code, @actor_country, @actor_sector, @actor_text, @actor_kind, @has_recipient, @recipient_code, @recipient_country, @recipient_sector, @recipient_text, @recipient_kind, " +
            "@event_type, @mode, @contexts, @cameo, @goldstein, @quad_class, @date, @date_day, @month, @date_precision, @date_width, @window_lo, @window_hi, " +
            "@status, @status_mask, @family, @mention_count, 1, 1, @seen, @seen, @now, @place) RETURNING id",
            transaction);
        countStatus = connection.Command(
            "INSERT INTO event_statuses (event, status, reports, first_mention) VALUES (@event, @status, 1, @mention) " +
            "ON CONFLICT (event, status) DO UPDATE SET reports = event_statuses.reports + 1",
            transaction);
        updateEvent = connection.Command(
            "UPDATE events SET cameo = @cameo, goldstein = @goldstein, quad_class = @quad_class, date = @date, date_day = @date_day, month = @month, " +
            "date_precision = @date_precision, date_width = @date_width, window_lo = @window_lo, window_hi = @window_hi, " +
            // The status most of the event's reports give (this one counted already); on a tie, the one reported first.
            "status = (SELECT s.status FROM event_statuses s WHERE s.event = @id ORDER BY s.reports DESC, s.first_mention LIMIT 1), " +
            "status_mask = status_mask | @status_bit, mention_count = mention_count + @spans, article_count = article_count + 1, " +
            "source_count = source_count + @new_source, first_seen = @first_seen, last_seen = @last_seen, contexts = @contexts, mode = @mode, place = @place WHERE id = @id",
            transaction);
        insertMention = connection.Command(
            "INSERT INTO mentions (event, document, coder_event_id, sentence_index, status, span_count, outlet, event_type, cameo, date, date_precision, " +
            "evidence_start, evidence_end, evidence_text, record, merge_reason, added_at) VALUES " +
            "(@event, @document, @coder_event_id, @sentence_index, @status, @spans, @outlet, @event_type, @cameo, @date, @date_precision, " +
            "@evidence_start, @evidence_end, @evidence_text, @record, @merge_reason, @now) RETURNING id",
            transaction);
    }

    /// <summary>
    /// What a batch reads and then writes, as lock keys, sorted: the identity of each document (its
    /// text hash and URL key, which the duplicate check reads) and, for each coded event, the part
    /// of the merge-candidate query that is an equality (dyad, event type, status family). Any
    /// stored event a report could join, or that another report could create for it to join,
    /// shares that key, so writers holding these locks never merge on a stale read, and writers of
    /// unrelated events do not wait for each other. Dates are left out on purpose: a report's window
    /// reaches up to a year, and a stored event is reachable from every day of it.
    /// Taken in ascending order, the locks cannot deadlock against another writer's.
    /// </summary>
    public static long[] LockKeys(IReadOnlyList<IngestDocument> batch, MergeRule rule)
    {
        var keys = new SortedSet<long>();
        foreach (var document in batch)
        {
            keys.Add(LockKey("text", document.Key.TextHash));
            if (document.Key.UrlKey is { } url)
            {
                keys.Add(LockKey("url", url));
            }

            if (!rule.Enabled)
            {
                continue;
            }

            foreach (var coded in document.Events)
            {
                var key = MergeKey.Of(coded, DateOnly.MinValue, rule);
                var (actor, recipient) = rule.ActorMatch == ActorMatch.Code ? (key.ActorCode, key.RecipientCode) : (key.ActorCountry, key.RecipientCountry);
                keys.Add(LockKey("merge", actor, recipient, key.EventType, key.Family.ToString()));
            }
        }

        return [.. keys];
    }

    private static long LockKey(params string[] parts)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', parts)), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(hash);
    }

    public async Task<IngestOutcome> WriteAsync(IngestDocument document, CancellationToken cancellationToken)
    {
        var metadata = document.Metadata;
        if (StorableText.Problem(document) is { } unstorable)
        {
            return IngestOutcome.Failure(metadata.Id, unstorable);
        }

        if (await FindStoredAsync(document.Key, cancellationToken).ConfigureAwait(false) is { } stored)
        {
            return new IngestOutcome(metadata.Id, stored.SameText ? IngestStatus.DuplicateText : IngestStatus.DuplicateUrl, stored.Id, 0, 0);
        }

        var outlet = document.Outlet;
        insertDocument
            .Set("@doc_id", metadata.Id)
            .Set("@url", metadata.Url)
            .Set("@url_key", document.Key.UrlKey)
            .Set("@hash", document.Key.TextHash)
            .Set("@title", metadata.Title)
            .Set("@source", metadata.Source)
            .Set("@outlet", outlet)
            .Set("@publication_date", metadata.PublicationDate is { } published ? StoreText.Date(published) : null)
            .Set("@language", metadata.Language)
            .Set("@text", document.Text)
            .Set("@text_length", document.Text.Length)
            .Set("@sentence_offsets", StoreText.SentenceOffsets(document.Sentences))
            .Set("@sentence_count", document.Sentences.Count)
            .Set("@event_count", document.Events.Count)
            .Set("@now", nowText);
        var documentId = await insertDocument.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
        if (insertFullText is not null)
        {
            await insertFullText.Set("@id", documentId).Set("@title", metadata.Title ?? string.Empty).Set("@text", document.Text)
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var seen = metadata.PublicationDate ?? DateOnly.FromDateTime(now.UtcDateTime);
        int created = 0, merged = 0;
        foreach (var coded in document.Events)
        {
            var joined = await WriteEventAsync(document, documentId, outlet, seen, coded, cancellationToken).ConfigureAwait(false);
            if (joined)
            {
                merged++;
            }
            else
            {
                created++;
            }
        }

        return new IngestOutcome(metadata.Id, IngestStatus.Stored, documentId, created, merged);
    }

    private async Task<bool> WriteEventAsync(IngestDocument document, long documentId, string outlet, DateOnly seen, CodedEvent coded, CancellationToken cancellationToken)
    {
        var key = MergeKey.Of(coded, seen, rule);
        var spans = Math.Max(1, coded.Mentions.Count);
        var date = coded.Date ?? seen;
        var precision = coded.Date is null ? DatePrecision.Before : coded.DatePrecision;

        Candidate? best = null;
        string reason;
        if (rule.Enabled)
        {
            var rejections = new List<string>();
            foreach (var candidate in await FindCandidatesAsync(key, documentId, outlet, cancellationToken).ConfigureAwait(false))
            {
                var decision = rule.Decide(candidate.Key, key);
                if (!decision.Merge)
                {
                    rejections.Add($"#{candidate.Id}: {decision.Reason}");
                    continue;
                }

                if (best is null || IsBetter(candidate, best, date.DayNumber))
                {
                    best = candidate with { Reason = decision.Reason };
                }
            }

            reason = best is not null
                ? $"joined event {best.Id}: {best.Reason}"
                : rejections.Count > 0
                    ? $"new event: {string.Join("; ", rejections.Take(3))}"
                    : $"new event: no stored {key.EventType} event {rule.Dyad(key)} within {key.Window} ±{rule.SlackDays}d";
        }
        else
        {
            reason = "new event: merging is off";
        }

        long eventId;
        if (best is null)
        {
            insertEvent
                .Set("@actor_code", key.ActorCode)
                .Set("@actor_country", key.ActorCountry)
                .Set("@actor_sector", coded.Actor.Sector)
                .Set("@actor_text", coded.Actor.Text)
                .Set("@actor_kind", coded.Actor.Kind)
                .Set("@has_recipient", coded.Recipient is null ? 0 : 1)
                .Set("@recipient_code", key.RecipientCode)
                .Set("@recipient_country", key.RecipientCountry)
                .Set("@recipient_sector", coded.Recipient?.Sector ?? string.Empty)
                .Set("@recipient_text", coded.Recipient?.Text ?? string.Empty)
                .Set("@recipient_kind", coded.Recipient?.Kind ?? string.Empty)
                .Set("@event_type", key.EventType)
                .Set("@mode", coded.Mode)
                .Set("@contexts", StoreText.Contexts(coded.Contexts))
                .Set("@cameo", key.Cameo)
                .Set("@goldstein", coded.Goldstein)
                .Set("@quad_class", coded.QuadClass)
                .Set("@date", StoreText.Date(date))
                .Set("@date_day", date.DayNumber)
                .Set("@month", StoreText.MonthKey(date))
                .Set("@date_precision", EventJson.PrecisionName(precision))
                .Set("@date_width", key.Window.Width)
                .Set("@window_lo", key.Window.Lo)
                .Set("@window_hi", key.Window.Hi)
                .Set("@status", EventJson.StatusName(coded.Status))
                .Set("@status_mask", StatusFamilies.Bit(coded.Status))
                .Set("@family", key.Family.ToString().ToLowerInvariant())
                .Set("@mention_count", spans)
                .Set("@seen", StoreText.Date(seen))
                .Set("@now", nowText)
                .Set("@place", StoreText.Place(coded.Place));
            eventId = await insertEvent.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            eventId = best.Id;
        }

        var newSource = best is not null && !best.OutletSeen;
        var evidence = coded.Evidence.Sentence;
        var evidenceText = evidence.Start >= 0 && evidence.End <= document.Text.Length && evidence.End > evidence.Start
            ? document.Text[evidence.Start..evidence.End]
            : string.Empty;
        var mentionId = await insertMention
            .Set("@event", eventId)
            .Set("@document", documentId)
            .Set("@coder_event_id", coded.EventId)
            .Set("@sentence_index", coded.SentenceIndex)
            .Set("@status", EventJson.StatusName(coded.Status))
            .Set("@spans", spans)
            .Set("@outlet", outlet)
            .Set("@event_type", key.EventType)
            .Set("@cameo", key.Cameo)
            .Set("@date", StoreText.Date(date))
            .Set("@date_precision", EventJson.PrecisionName(precision))
            .Set("@evidence_start", evidence.Start)
            .Set("@evidence_end", evidence.End)
            .Set("@evidence_text", evidenceText)
            .Set("@record", StoreText.Record(coded))
            .Set("@merge_reason", reason)
            .Set("@now", nowText)
            .ScalarInt64Async(cancellationToken).ConfigureAwait(false);
        await countStatus.Set("@event", eventId).Set("@status", EventJson.StatusName(coded.Status)).Set("@mention", mentionId)
            .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        if (best is not null)
        {
            await UpdateAsync(best, coded, key, date, precision, spans, newSource, seen, cancellationToken).ConfigureAwait(false);
        }

        return best is not null;
    }

    private async Task UpdateAsync(Candidate stored, CodedEvent coded, MergeKey key, DateOnly date, DatePrecision precision, int spans, bool newSource, DateOnly seen, CancellationToken cancellationToken)
    {
        var moreSpecific = key.Cameo.Length > stored.Key.Cameo.Length;
        var morePrecise = key.Window.Width < stored.DateWidth;
        var contexts = stored.Contexts.Concat(coded.Contexts.Where(c => !stored.Contexts.Contains(c))).ToList();
        updateEvent
            .Set("@id", stored.Id)
            .Set("@cameo", moreSpecific ? key.Cameo : stored.Key.Cameo)
            .Set("@goldstein", moreSpecific ? coded.Goldstein : stored.Goldstein)
            .Set("@quad_class", moreSpecific ? coded.QuadClass : stored.QuadClass)
            .Set("@date", StoreText.Date(morePrecise ? date : DateOnly.FromDayNumber(stored.DateDay)))
            .Set("@date_day", morePrecise ? date.DayNumber : stored.DateDay)
            .Set("@month", StoreText.MonthKey(morePrecise ? date : DateOnly.FromDayNumber(stored.DateDay)))
            .Set("@date_precision", morePrecise ? EventJson.PrecisionName(precision) : stored.Precision)
            .Set("@date_width", morePrecise ? key.Window.Width : stored.DateWidth)
            .Set("@window_lo", stored.Key.Window.Intersect(key.Window).Lo)
            .Set("@window_hi", stored.Key.Window.Intersect(key.Window).Hi)
            .Set("@status_bit", StatusFamilies.Bit(coded.Status))
            .Set("@spans", spans)
            .Set("@new_source", newSource ? 1 : 0)
            .Set("@first_seen", StoreText.Date(seen < stored.FirstSeen ? seen : stored.FirstSeen))
            .Set("@last_seen", StoreText.Date(seen > stored.LastSeen ? seen : stored.LastSeen))
            .Set("@contexts", StoreText.Contexts(contexts))
            .Set("@mode", stored.Mode.Length > 0 ? stored.Mode : coded.Mode)
            .Set("@place", stored.Place ?? StoreText.Place(coded.Place));
        await updateEvent.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored document with this text or URL, if any; the text match wins when they are two.</summary>
    private async Task<(long Id, bool SameText)?> FindStoredAsync(DocumentKey key, CancellationToken cancellationToken)
    {
        (long Id, bool SameText)? found = null;
        await using var reader = await findStored.Set("@hash", key.TextHash).Set("@url_key", key.UrlKey).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = (reader.Int64(0), reader.Boolean(1));
            if (found is null || row.Item2)
            {
                found = row;
            }
        }

        return found;
    }

    private async Task<List<Candidate>> FindCandidatesAsync(MergeKey key, long documentId, string outlet, CancellationToken cancellationToken)
    {
        findCandidates
            .Set("@actor", rule.ActorMatch == ActorMatch.Code ? key.ActorCode : key.ActorCountry)
            .Set("@recipient", rule.ActorMatch == ActorMatch.Code ? key.RecipientCode : key.RecipientCountry)
            .Set("@event_type", key.EventType)
            .Set("@family", key.Family.ToString().ToLowerInvariant())
            .Set("@lo", key.Window.Lo - rule.SlackDays)
            .Set("@hi", key.Window.Hi + rule.SlackDays)
            .Set("@document", documentId)
            .Set("@outlet", outlet);
        var candidates = new List<Candidate>();
        await using var r = await findCandidates.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var family = Enum.Parse<StatusFamily>(r.GetString(19), ignoreCase: true);
            var storedKey = new MergeKey(r.Text(14), r.Text(15), r.Text(16), r.Text(17), r.GetString(18), r.GetString(1), new DateWindow(r.Int32(4), r.Int32(5)), family, StoreText.ParsePlace(r.NullableText(13)))
            {
                ActorName = MergeKey.OpenName(r.Text(22), r.Text(23)),
                RecipientName = MergeKey.OpenName(r.Text(24), r.Text(25)),
            };
            candidates.Add(new Candidate(
                r.Int64(0), storedKey, r.NullableDouble(2), r.Int32(3), r.Int32(6), r.Int32(7), r.Int64(8),
                StoreText.ParseContexts(r.Text(9)), r.Text(10), StoreText.ParseDate(r.GetString(11)), StoreText.ParseDate(r.GetString(12)), r.NullableText(13))
            {
                Precision = r.GetString(20),
                OutletSeen = r.Boolean(21),
            });
        }

        return candidates;
    }

    private static bool IsBetter(Candidate candidate, Candidate best, int day)
    {
        var distance = Math.Abs(candidate.DateDay - day);
        var bestDistance = Math.Abs(best.DateDay - day);
        if (distance != bestDistance)
        {
            return distance < bestDistance;
        }

        return candidate.MentionCount != best.MentionCount ? candidate.MentionCount > best.MentionCount : candidate.Id < best.Id;
    }

    public void Dispose()
    {
        findStored.Dispose();
        insertDocument.Dispose();
        insertFullText?.Dispose();
        findCandidates.Dispose();
        insertEvent.Dispose();
        countStatus.Dispose();
        updateEvent.Dispose();
        insertMention.Dispose();
    }

    private sealed record Candidate(
        long Id,
        MergeKey Key,
        double? Goldstein,
        int QuadClass,
        int DateDay,
        int DateWidth,
        long MentionCount,
        IReadOnlyList<string> Contexts,
        string Mode,
        DateOnly FirstSeen,
        DateOnly LastSeen,
        string? Place)
    {
        public string Reason { get; init; } = string.Empty;

        public string Precision { get; init; } = string.Empty;

        /// <summary>Whether the outlet of the document being written has reported this event before.</summary>
        public bool OutletSeen { get; init; }
    }
}
