using System.Reflection;
using System.Text.Json;
using Annalist.Events;
using Annalist.Storage.Documents;
using Annalist.Storage.Query;
using Annalist.Storage.Sql;

namespace Annalist.Storage.Export;

/// <summary>
/// A stored event as a PLOVER record, with the field names of the PLOVER manual's "Data Fields"
/// chapter: <c>id, date, actor, recipient, event, mode, context, event_loc, event_text, quad_code,
/// event_scale, text_info, cite_info, coder, coded_date, comment</c>; entities as
/// <c>{code, sector, entity_text}</c> (code = the country or IGO code), the location object with
/// Mordecai's names. What PLOVER has no field for (CAMEO code, claims, counts) goes under "annalist",
/// as the manual invites providers to add named fields.
/// </summary>
public static class PloverJson
{
    public const string Codebook = "PLOVER 2021 (CAMEO2PLOVER-2021)";

    private static readonly string CoderVersion =
        typeof(PloverJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    public static void Write(StoredEvent e, Utf8JsonWriter json)
    {
        var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
        json.WriteStartObject();
        json.WriteString("id", $"annalist-{e.Id}");
        json.WriteString("date", StoreText.Date(e.Date));
        json.WriteStartArray("actor");
        WriteEntity(e.Actor, json);
        json.WriteEndArray();
        json.WriteStartArray("recipient");
        if (e.Recipient is { } recipient)
        {
            WriteEntity(recipient, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("event");
        json.WriteStringValue(e.EventType);
        json.WriteEndArray();
        json.WriteStartArray("mode");
        if (e.Mode.Length > 0)
        {
            json.WriteStringValue(e.Mode);
        }

        json.WriteEndArray();
        json.WriteStartArray("context");
        foreach (var context in e.Contexts)
        {
            json.WriteStringValue(context);
        }

        json.WriteEndArray();
        json.WritePropertyName("event_loc");
        if (e.Place is { } place)
        {
            json.WriteStartObject();
            json.WriteString("extracted_place", place.Text);
            json.WriteString("resolved_place", place.Name);
            json.WriteNumber("geonameid", place.GeonameId);
            json.WriteNumber("lat", place.Latitude);
            json.WriteNumber("lon", place.Longitude);
            json.WriteString("province", place.Admin1);
            json.WriteString("country_code", place.Country);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("event_text");
        foreach (var trigger in e.Mentions.Select(m => m.Record.Evidence.TriggerText).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal))
        {
            json.WriteStringValue(trigger);
        }

        json.WriteEndArray();
        json.WriteNumber("quad_code", e.QuadClass);
        if (e.Goldstein is { } goldstein)
        {
            json.WriteNumber("event_scale", goldstein);
        }
        else
        {
            json.WriteNull("event_scale");
        }

        if (first is not null)
        {
            json.WriteStartObject("text_info");
            json.WriteNumber("sequence", first.Record.SentenceIndex);
            json.WriteNumber("start", first.Record.Evidence.Sentence.Start);
            json.WriteNumber("end", first.Record.Evidence.Sentence.End);
            json.WriteEndObject();
            json.WriteStartObject("cite_info");
            var outlet = DocumentFingerprint.Known(first.Outlet);
            json.WriteString("corpus", outlet);
            json.WriteString("citation", first.DocumentId);
            json.WriteString("url", first.Url);
            json.WriteString("title", first.Title);
            json.WriteString("publication", outlet);
            json.WriteString("coder", $"annalist {CoderVersion}");
            json.WriteString("codebook", Codebook);
            json.WriteString("version", first.Record.Versions.Annalist);
            json.WriteEndObject();
        }

        json.WriteString("coder", "annalist");
        json.WriteString("coded_date", StoreText.Date(DateOnly.FromDateTime(e.AddedAt.UtcDateTime)));
        json.WriteString("comment", Comment(e));
        json.WriteStartObject("annalist");
        json.WriteString("cameo", e.Cameo);
        json.WriteString("actor_code", e.Actor.Code);
        json.WriteString("recipient_code", e.Recipient?.Code);
        json.WriteString("date_precision", EventJson.PrecisionName(e.DatePrecision));
        json.WriteString("status", EventJson.StatusName(e.Status));
        json.WriteBoolean("disputed", e.Disputed);
        json.WriteNumber("mention_count", e.MentionCount);
        json.WriteNumber("source_count", e.SourceCount);
        json.WriteNumber("article_count", e.ArticleCount);
        json.WriteString("first_seen", StoreText.Date(e.FirstSeen));
        json.WriteString("last_seen", StoreText.Date(e.LastSeen));
        json.WriteStartArray("claims");
        foreach (var claim in e.Claims)
        {
            json.WriteStartObject();
            json.WriteString("status", EventJson.StatusName(claim.Status));
            json.WriteStartArray("claimed_by");
            foreach (var claimant in claim.ClaimedBy)
            {
                json.WriteStringValue(claimant.Code.Length > 0 ? claimant.Code : claimant.Text);
            }

            json.WriteEndArray();
            json.WriteString("doc_id", claim.DocumentId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEntity(EventActor actor, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        var code = actor.Country.Length > 0 ? actor.Country : actor.Code;
        if (code.Length > 0)
        {
            json.WriteString("code", code);
        }
        else
        {
            json.WriteNull("code"); // an open actor no dictionary codes: its words are in entity_text
        }

        json.WriteString("sector", actor.Sector);
        json.WriteString("entity_text", actor.Text);
        json.WriteEndObject();
    }

    private static string Comment(StoredEvent e)
    {
        var claims = e.Claims
            .Where(c => c.Status != EventStatus.Asserted || c.ClaimedBy.Count > 0)
            .Select(c => $"{EventJson.StatusName(c.Status)}{(c.ClaimedBy.Count > 0 ? " by " + string.Join(", ", c.ClaimedBy.Select(p => p.Text)) : string.Empty)}{(DocumentFingerprint.Known(c.Outlet) is { } outlet ? $" ({outlet})" : string.Empty)}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return claims.Count == 0 ? $"status {EventJson.StatusName(e.Status)}" : string.Join("; ", claims);
    }
}
