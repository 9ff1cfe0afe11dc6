using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Events;

/// <summary>
/// The JSON form of <see cref="CodedEvent"/> (field names of the <c>annalist code --format jsonl</c>
/// contract): <see cref="Write"/> emits one object, <see cref="Read"/> parses one back, so every
/// consumer (store, API, exports, tests) shares one definition.
/// </summary>
public static class EventJson
{
    public static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Asserted => "asserted",
        EventStatus.Alleged => "alleged",
        EventStatus.Denied => "denied",
        EventStatus.Hypothetical => "hypothetical",
        EventStatus.Conditional => "conditional",
        EventStatus.Negated => "negated",
        EventStatus.Intended => "intended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParseStatus(string text, out EventStatus status)
    {
        foreach (var candidate in Enum.GetValues<EventStatus>())
        {
            if (StatusName(candidate) == text)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string PrecisionName(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static bool TryParsePrecision(string text, out DatePrecision precision) =>
        Enum.TryParse(text, ignoreCase: true, out precision) && Enum.IsDefined(precision);

    /// <summary>
    /// A geocoded place, shared by every JSON form of an event: the text, its offsets in the article when
    /// <paramref name="withRange"/> (the stored form has its evidence elsewhere), the gazetteer's name and
    /// id, coordinates, country and first-level division; null when the event has no place.
    /// </summary>
    public static void WritePlace(Utf8JsonWriter json, EventPlace? place, bool withRange)
    {
        if (place is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("text", place.Text);
        if (withRange)
        {
            json.WriteNumber("start", place.Range.Start);
            json.WriteNumber("end", place.Range.End);
        }

        json.WriteString("name", place.Name);
        json.WriteNumber("geonameid", place.GeonameId);
        json.WriteNumber("lat", place.Latitude);
        json.WriteNumber("lon", place.Longitude);
        json.WriteString("country", place.Country);
        json.WriteString("admin1", place.Admin1);
        json.WriteEndObject();
    }

    /// <summary>
    /// The coding of an event, shared by every JSON form of it: <c>event_type</c>, <c>mode</c>, <c>context</c>
    /// (PLOVER), <c>cameo</c>, <c>goldstein</c> (null when the code has none) and <c>quad_class</c>.
    /// </summary>
    public static void WriteCodes(Utf8JsonWriter json, string eventType, string mode, IEnumerable<string> contexts, string cameo, double? goldstein, int quadClass)
    {
        json.WriteString("event_type", eventType);
        json.WriteString("mode", mode);
        json.WriteStartArray("context");
        foreach (var context in contexts)
        {
            json.WriteStringValue(context);
        }

        json.WriteEndArray();
        json.WriteString("cameo", cameo);
        if (goldstein is { } value)
        {
            json.WriteNumber("goldstein", value);
        }
        else
        {
            json.WriteNull("goldstein");
        }

        json.WriteNumber("quad_class", quadClass);
    }

    public static void Write(CodedEvent e, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("doc_id", e.DocumentId);
        json.WriteString("event_id", e.EventId);
        json.WriteNumber("sentence_index", e.SentenceIndex);
        WriteCodes(json, e.EventType, e.Mode, e.Contexts, e.Cameo, e.Goldstein, e.QuadClass);
        json.WritePropertyName("actor");
        WriteParticipant(e.Actor, json);
        json.WritePropertyName("recipient");
        if (e.Recipient is { } recipient)
        {
            WriteParticipant(recipient, json);
        }
        else
        {
            json.WriteNullValue();
        }

        if (e.Date is { } date)
        {
            json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull("date");
        }

        json.WriteString("date_precision", PrecisionName(e.DatePrecision));
        json.WriteString("date_text", e.DateText);
        json.WritePropertyName("place");
        WritePlace(json, e.Place, withRange: true);

        json.WriteString("status", StatusName(e.Status));
        json.WriteStartArray("claimed_by");
        foreach (var claimant in e.ClaimedBy)
        {
            WriteParticipant(claimant, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("reported_by");
        foreach (var outlet in e.ReportedBy)
        {
            json.WriteStartObject();
            json.WriteString("text", outlet.Text);
            json.WriteNumber("start", outlet.Range.Start);
            json.WriteNumber("end", outlet.Range.End);
            json.WriteString("country", outlet.Country);
            if (outlet.Name is { } name)
            {
                json.WriteString("name", name);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("evidence");
        json.WriteNumber("start", e.Evidence.Sentence.Start);
        json.WriteNumber("end", e.Evidence.Sentence.End);
        json.WriteStartObject("trigger");
        json.WriteString("text", e.Evidence.TriggerText);
        json.WriteNumber("start", e.Evidence.Trigger.Start);
        json.WriteNumber("end", e.Evidence.Trigger.End);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("mentions");
        foreach (var mention in e.Mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("start", mention.Start);
            json.WriteNumber("end", mention.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("rule", e.Rule);
        if (e.Explain is { } explain)
        {
            json.WriteStartObject("explain");
            json.WriteString("type", explain.Type);
            json.WriteString("actor", explain.Actor);
            json.WriteString("recipient", explain.Recipient);
            json.WriteString("date", explain.Date);
            json.WriteString("place", explain.Place);
            json.WriteEndObject();
        }

        if (e.TypedBy is { } decision)
        {
            WriteTypedBy(json, decision);
        }

        json.WriteStartObject("versions");
        json.WriteString("annalist", e.Versions.Annalist);
        json.WriteString("knowledge", e.Versions.Knowledge);
        json.WriteString("model", e.Versions.Model);
        json.WriteString("rules", e.Versions.Rules);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Parses one event object written by <see cref="Write"/>; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static CodedEvent Read(JsonElement e)
    {
        try
        {
            return new CodedEvent
            {
                DocumentId = e.GetProperty("doc_id").GetString()!,
                EventId = e.GetProperty("event_id").GetString()!,
                SentenceIndex = e.GetProperty("sentence_index").GetInt32(),
                EventType = e.GetProperty("event_type").GetString()!,
                Mode = e.TryGetProperty("mode", out var mode) ? mode.GetString() ?? string.Empty : string.Empty,
                Contexts = e.TryGetProperty("context", out var contexts) ? contexts.EnumerateArray().Select(c => c.GetString()!).ToList() : [],
                Cameo = e.GetProperty("cameo").GetString()!,
                Goldstein = e.TryGetProperty("goldstein", out var g) && g.ValueKind == JsonValueKind.Number ? g.GetDouble() : null,
                QuadClass = e.GetProperty("quad_class").GetInt32(),
                Actor = ReadParticipant(e.GetProperty("actor")),
                Recipient = e.TryGetProperty("recipient", out var r) && r.ValueKind == JsonValueKind.Object ? ReadParticipant(r) : null,
                Date = e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null,
                DatePrecision = TryParsePrecision(e.GetProperty("date_precision").GetString() ?? string.Empty, out var precision)
                    ? precision
                    : throw new FormatException("date_precision has an unknown value"),
                DateText = e.TryGetProperty("date_text", out var dt) ? dt.GetString() ?? string.Empty : string.Empty,
                Place = e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object ? ReadPlace(p) : null,
                Status = TryParseStatus(e.GetProperty("status").GetString() ?? string.Empty, out var status)
                    ? status
                    : throw new FormatException("status has an unknown value"),
                ClaimedBy = e.GetProperty("claimed_by").EnumerateArray().Select(ReadParticipant).ToList(),
                ReportedBy = e.GetProperty("reported_by").EnumerateArray().Select(ReadOutlet).ToList(),
                Evidence = ReadEvidence(e.GetProperty("evidence")),
                Mentions = e.GetProperty("mentions").EnumerateArray().Select(ReadRange).ToList(),
                Rule = e.GetProperty("rule").GetString()!,
                TypedBy = e.TryGetProperty("typed_by", out var t) && t.ValueKind == JsonValueKind.Object ? ReadTypedBy(t) : null,
                Versions = ReadVersions(e.GetProperty("versions")),
                Explain = e.TryGetProperty("explain", out var explain) ? ReadExplanation(explain) : null,
            };
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"not an Annalist event record: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// <c>"typed_by": {"by": "rule"|"model", "p": 0.93, "model": "en-event-types@1.0.0"}</c>: who decided the type; p is the
    /// model's probability of the final type (absent when the model has no label for it).
    /// </summary>
    public static void WriteTypedBy(Utf8JsonWriter json, TypeDecision decision)
    {
        json.WriteStartObject("typed_by");
        json.WriteString("by", decision.By);
        if (decision.Probability is { } p)
        {
            json.WriteNumber("p", p);
        }

        if (decision.Model is { } model)
        {
            json.WriteString("model", model);
        }

        json.WriteEndObject();
    }

    private static TypeDecision ReadTypedBy(JsonElement t) => new(
        t.GetProperty("by").GetString() ?? throw new FormatException("typed_by.by is null"),
        t.TryGetProperty("p", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null,
        t.TryGetProperty("model", out var m) ? m.GetString() : null);

    private static void WriteParticipant(EventParticipant participant, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("text", participant.Text);
        json.WriteNumber("start", participant.Range.Start);
        json.WriteNumber("end", participant.Range.End);
        json.WriteString("code", participant.Code);
        json.WriteString("country", participant.Country);
        json.WriteString("sector", participant.Sector);
        json.WriteString("kind", participant.Kind);
        if (participant.Entry is { } entry)
        {
            json.WriteString("entry", entry);
        }

        if (participant.Antecedent is { } antecedent)
        {
            json.WriteStartObject("antecedent");
            json.WriteString("text", antecedent.Text);
            json.WriteNumber("start", antecedent.Range.Start);
            json.WriteNumber("end", antecedent.Range.End);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static EventParticipant ReadParticipant(JsonElement p) =>
        new(p.GetProperty("text").GetString()!, ReadRange(p), p.GetProperty("code").GetString() ?? string.Empty, p.GetProperty("country").GetString() ?? string.Empty,
            p.GetProperty("sector").GetString() ?? string.Empty, p.TryGetProperty("kind", out var kind) ? kind.GetString() ?? string.Empty : string.Empty)
        {
            Entry = p.TryGetProperty("entry", out var entry) ? entry.GetString() : null,
            Antecedent = p.TryGetProperty("antecedent", out var a) && a.ValueKind == JsonValueKind.Object
                ? new EventAntecedent(a.GetProperty("text").GetString() ?? string.Empty, ReadRange(a))
                : null,
        };

    private static EventOutlet ReadOutlet(JsonElement o) =>
        new(o.GetProperty("text").GetString()!, ReadRange(o), o.GetProperty("country").GetString() ?? string.Empty)
        {
            Name = o.TryGetProperty("name", out var name) ? name.GetString() : null,
        };

    private static EventPlace ReadPlace(JsonElement p) =>
        new(p.GetProperty("text").GetString()!, p.TryGetProperty("start", out _) ? ReadRange(p) : default, p.GetProperty("name").GetString()!,
            p.GetProperty("geonameid").GetInt64(), p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble(),
            p.GetProperty("country").GetString() ?? string.Empty, p.GetProperty("admin1").GetString() ?? string.Empty);

    private static EventEvidence ReadEvidence(JsonElement e)
    {
        var trigger = e.GetProperty("trigger");
        return new EventEvidence(ReadRange(e), trigger.GetProperty("text").GetString()!, ReadRange(trigger));
    }

    private static EventExplanation ReadExplanation(JsonElement x) =>
        new(x.GetProperty("type").GetString()!, x.GetProperty("actor").GetString()!, x.GetProperty("recipient").GetString()!, x.GetProperty("date").GetString()!, x.GetProperty("place").GetString()!);

    private static VersionStamp ReadVersions(JsonElement v) =>
        new(v.GetProperty("annalist").GetString()!, v.GetProperty("knowledge").GetString()!, v.GetProperty("model").GetString()!)
        {
            Rules = v.TryGetProperty("rules", out var rules) ? rules.GetString() ?? string.Empty : string.Empty,
        };

    private static TextRange ReadRange(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
}
