using System.Text;
using System.Text.Json;
using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Tests.Events;

public sealed class EventJsonTests
{
    internal static CodedEvent Sample() => new()
    {
        DocumentId = "seed",
        EventId = "seed-e3",
        SentenceIndex = 1,
        EventType = "AID",
        Mode = "military",
        Contexts = ["military"],
        Cameo = "072",
        Goldstein = 8.3,
        QuadClass = 2,
        Actor = new EventParticipant("Russia", new TextRange(124, 130), "RUS", "RUS", string.Empty, "state") { Entry = "countries.txt:812" },
        Recipient = new EventParticipant("North Korea", new TextRange(166, 177), "PRK", "PRK", string.Empty, "state"),
        Date = new DateOnly(2024, 11, 22),
        DatePrecision = DatePrecision.Before,
        Status = EventStatus.Alleged,
        ClaimedBy = [new EventParticipant("Shin Won-sik", new TextRange(300, 312), "KORGOV", "KOR", "GOV", "person")],
        ReportedBy = [new EventOutlet("SBS", new TextRange(900, 903), "KOR") { Name = "Seoul Broadcasting System" }],
        Place = new EventPlace("Moscow", new TextRange(10, 16), "Moscow", 524901, 55.75222, 37.61556, "RUS", "Moscow"),
        Evidence = new EventEvidence(new TextRange(124, 330), "supplied", new TextRange(131, 139)),
        Mentions = [new TextRange(124, 330), new TextRange(600, 760)],
        Rule = "CAMEO.2.0:SUPPLY#12",
        Explain = new EventExplanation("CAMEO.2.0:SUPPLY#12", "the subject (PredicateFinder)", "targets.tsv:prepositions", "the publication date (precision before)", "none"),
        Versions = new VersionStamp("0.1.0", "k1", "m1") { Rules = "2026.12.04+0123456789ab" },
    };

    [Fact]
    public void An_event_survives_a_round_trip_through_its_json_form()
    {
        var original = Sample();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EventJson.Write(original, writer);
        }

        var json = Encoding.UTF8.GetString(buffer.ToArray());
        using var parsed = JsonDocument.Parse(json);
        var back = EventJson.Read(parsed.RootElement);
        Assert.Equal(original with { Contexts = back.Contexts, ClaimedBy = back.ClaimedBy, ReportedBy = back.ReportedBy, Mentions = back.Mentions }, back);
        Assert.Equal(original.Contexts, back.Contexts);
        Assert.Equal(original.ClaimedBy, back.ClaimedBy);
        Assert.Equal(original.ReportedBy, back.ReportedBy);
        Assert.Equal(original.Mentions, back.Mentions);
        Assert.Contains("\"status\":\"alleged\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date_precision\":\"before\"", json, StringComparison.Ordinal);
        Assert.Contains("\"recipient\":\"targets.tsv:prepositions\"", json, StringComparison.Ordinal);
        Assert.Equal("2026.12.04+0123456789ab", back.Versions.Rules);
    }

    [Fact]
    public void Who_typed_the_event_survives_a_round_trip_and_is_absent_when_no_model_ran()
    {
        string Json(CodedEvent e)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                EventJson.Write(e, writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        var typed = Sample() with { TypedBy = new TypeDecision(TypeDecision.ByModel, 0.93, "en-event-types@1.0.0") };
        var json = Json(typed);
        Assert.Contains("\"typed_by\":{\"by\":\"model\",\"p\":0.93,\"model\":\"en-event-types@1.0.0\"}", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(typed.TypedBy, EventJson.Read(parsed.RootElement).TypedBy);
        Assert.DoesNotContain("typed_by", Json(Sample()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_without_required_fields_is_a_format_error()
    {
        using var parsed = JsonDocument.Parse("{\"doc_id\":\"x\"}");
        Assert.Throws<FormatException>(() => EventJson.Read(parsed.RootElement));
    }
}
