using System.Globalization;
using System.Text.Json;
using Annalist.Events;
using Annalist.Storage.Query;
using Annalist.Storage.Sql;

namespace Annalist.Storage.Export;

/// <summary>
/// The JSON form of a stored event (<c>annalist events --format jsonl</c>, and the API): the merged
/// event, its counts, who claims what per report, and each report with its evidence sentence and the
/// reason it was merged.
/// </summary>
public static class StoredEventJson
{
    public static void Write(StoredEvent e, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteNumber("id", e.Id);
        EventJson.WriteCodes(json, e.EventType, e.Mode, e.Contexts, e.Cameo, e.Goldstein, e.QuadClass);
        json.WritePropertyName("actor");
        WriteActor(e.Actor, json);
        json.WritePropertyName("recipient");
        if (e.Recipient is { } recipient)
        {
            WriteActor(recipient, json);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteString("date", StoreText.Date(e.Date));
        json.WriteString("date_precision", EventJson.PrecisionName(e.DatePrecision));
        json.WriteStartObject("window");
        json.WriteString("from", StoreText.Date(e.Window.From));
        json.WriteString("to", StoreText.Date(e.Window.To));
        json.WriteEndObject();
        json.WriteString("status", EventJson.StatusName(e.Status));
        json.WriteStartArray("statuses");
        foreach (var status in e.Statuses)
        {
            json.WriteStringValue(EventJson.StatusName(status));
        }

        json.WriteEndArray();
        json.WriteBoolean("disputed", e.Disputed);
        json.WriteNumber("mention_count", e.MentionCount);
        json.WriteNumber("source_count", e.SourceCount);
        json.WriteNumber("article_count", e.ArticleCount);
        json.WriteString("first_seen", StoreText.Date(e.FirstSeen));
        json.WriteString("last_seen", StoreText.Date(e.LastSeen));
        json.WriteString("added_at", StoreText.Timestamp(e.AddedAt));
        json.WritePropertyName("place");
        EventJson.WritePlace(json, e.Place, withRange: false);
        json.WriteStartArray("claims");
        foreach (var claim in e.Claims)
        {
            json.WriteStartObject();
            json.WriteString("status", EventJson.StatusName(claim.Status));
            json.WriteStartArray("claimed_by");
            foreach (var claimant in claim.ClaimedBy)
            {
                json.WriteStartObject();
                json.WriteString("text", claimant.Text);
                json.WriteString("code", claimant.Code);
                json.WriteString("country", claimant.Country);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("reported_by");
            foreach (var outlet in claim.ReportedBy)
            {
                json.WriteStartObject();
                json.WriteString("text", outlet.Text);
                json.WriteString("name", outlet.Name ?? outlet.Text);
                json.WriteString("country", outlet.Country);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("doc_id", claim.DocumentId);
            json.WriteString("outlet", claim.Outlet);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in e.Mentions)
        {
            WriteMention(mention, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteMention(StoredMention m, Utf8JsonWriter json)
    {
        var r = m.Record;
        json.WriteStartObject();
        json.WriteNumber("id", m.Id);
        json.WriteString("doc_id", m.DocumentId);
        json.WriteString("url", m.Url);
        json.WriteString("title", m.Title);
        json.WriteString("outlet", m.Outlet);
        json.WriteString("publication_date", m.PublicationDate is { } published ? StoreText.Date(published) : null);
        json.WriteString("event_id", r.EventId);
        json.WriteNumber("sentence_index", r.SentenceIndex);
        json.WriteString("status", EventJson.StatusName(r.Status));
        json.WriteString("cameo", r.Cameo);
        json.WriteString("date", r.Date is { } date ? StoreText.Date(date) : null);
        json.WriteString("date_precision", EventJson.PrecisionName(r.DatePrecision));
        json.WriteString("date_text", r.DateText);
        json.WriteStartObject("evidence");
        json.WriteNumber("start", r.Evidence.Sentence.Start);
        json.WriteNumber("end", r.Evidence.Sentence.End);
        json.WriteString("text", m.EvidenceText);
        json.WriteStartObject("trigger");
        json.WriteString("text", r.Evidence.TriggerText);
        json.WriteNumber("start", r.Evidence.Trigger.Start);
        json.WriteNumber("end", r.Evidence.Trigger.End);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteNumber("spans", Math.Max(1, r.Mentions.Count));
        json.WriteString("rule", r.Rule);
        if (r.TypedBy is { } typedBy)
        {
            EventJson.WriteTypedBy(json, typedBy);
        }

        json.WriteString("merge", m.MergeReason);
        json.WriteEndObject();
    }

    private static void WriteActor(EventActor actor, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("code", actor.Code);
        json.WriteString("country", actor.Country);
        json.WriteString("sector", actor.Sector);
        json.WriteString("text", actor.Text);
        if (actor.Kind.Length > 0)
        {
            json.WriteString("kind", actor.Kind);
        }

        json.WriteEndObject();
    }

    internal static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
