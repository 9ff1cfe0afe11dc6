using System.Data.Common;
using Annalist.Events;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;

namespace Annalist.Storage.Sql;

/// <summary>The column lists the queries select and how a row becomes a <see cref="StoredEvent"/> or <see cref="StoredMention"/>.</summary>
internal static class StoredRows
{
    public const string EventColumns =
        "e.id, e.event_type, e.mode, e.contexts, e.cameo, e.goldstein, e.quad_class, " +
        "e.actor_code, e.actor_country, e.actor_sector, e.actor_text, " +
        "e.has_recipient, e.recipient_code, e.recipient_country, e.recipient_sector, e.recipient_text, " +
        "e.date, e.date_precision, e.window_lo, e.window_hi, e.status, e.status_mask, " +
        "e.mention_count, e.source_count, e.article_count, e.first_seen, e.last_seen, e.added_at, e.place, e.actor_kind, e.recipient_kind";

    public const string MentionColumns =
        "m.id, m.event, m.document, d.doc_id, d.url, d.title, m.outlet, d.publication_date, d.text_length, m.record, m.evidence_text, m.merge_reason, m.added_at";

    public const string MentionJoin = "FROM mentions m JOIN documents d ON d.id = m.document";

    public static StoredEvent ReadEvent(DbDataReader r)
    {
        var statusMask = r.Int32(21);
        return new StoredEvent
        {
            Id = r.Int64(0),
            EventType = r.GetString(1),
            Mode = r.Text(2),
            Contexts = StoreText.ParseContexts(r.Text(3)),
            Cameo = r.GetString(4),
            Goldstein = r.NullableDouble(5),
            QuadClass = r.Int32(6),
            Actor = new EventActor(r.Text(7), r.Text(8), r.Text(9), r.Text(10), r.Text(29)),
            Recipient = r.Int32(11) != 0 ? new EventActor(r.Text(12), r.Text(13), r.Text(14), r.Text(15), r.Text(30)) : null,
            Date = StoreText.ParseDate(r.GetString(16)),
            DatePrecision = EventJson.TryParsePrecision(r.GetString(17), out var precision) ? precision : DatePrecision.Before,
            Window = new DateWindow(r.Int32(18), r.Int32(19)),
            Status = EventJson.TryParseStatus(r.GetString(20), out var status) ? status : EventStatus.Asserted,
            Statuses = StatusFamilies.FromMask(statusMask).ToList(),
            MentionCount = r.Int32(22),
            SourceCount = r.Int32(23),
            ArticleCount = r.Int32(24),
            FirstSeen = StoreText.ParseDate(r.GetString(25)),
            LastSeen = StoreText.ParseDate(r.GetString(26)),
            AddedAt = StoreText.ParseTimestamp(r.GetString(27)),
            Place = StoreText.ParsePlace(r.NullableText(28)),
        };
    }

    public static StoredMention ReadMention(DbDataReader r) => new()
    {
        Id = r.Int64(0),
        EventId = r.Int64(1),
        DocumentStoreId = r.Int64(2),
        DocumentId = r.GetString(3),
        Url = r.NullableText(4),
        Title = r.NullableText(5),
        Outlet = r.Text(6),
        PublicationDate = r.NullableText(7) is { } date ? StoreText.ParseDate(date) : null,
        DocumentLength = r.Int32(8),
        Record = StoreText.ParseRecord(r.GetString(9)),
        EvidenceText = r.Text(10),
        MergeReason = r.Text(11),
        AddedAt = StoreText.ParseTimestamp(r.GetString(12)),
    };
}
