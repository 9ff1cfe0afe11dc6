using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>Every field of a record names the rule that decided it: the date and the place too, not only type, actor and recipient.</summary>
public sealed class ExplainTraceTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_dated_placed_event_names_its_date_rule_and_its_place_rule_with_the_gazetteer_entry()
    {
        var e = Assert.Single(FullPipeline.Code("Greece complained to the United Nations about Turkey in Athens on Monday.", Published));
        Assert.StartsWith("dates:own-clause: the date expression 'Monday'", e.Explain!.Date, StringComparison.Ordinal);
        Assert.StartsWith("places:clause-locative:", e.Explain.Place, StringComparison.Ordinal);
        Assert.Contains("'Athens' is geonames:", e.Explain.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undated_unplaced_event_names_the_publication_rule_and_no_place()
    {
        var e = Assert.Single(FullPipeline.Code("Greece complained to the United Nations about Turkey.", Published));
        Assert.StartsWith("dates:publication:", e.Explain!.Date, StringComparison.Ordinal);
        Assert.Contains("places:none", e.Explain.Place, StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_without_a_date_merged_with_a_dated_body_mention_takes_the_body_date_and_its_rule()
    {
        const string text = "Greece accuses Turkey of violating its airspace\nATHENS (Annalist test) \u2014 Greece accused Turkey on Tuesday of violating its airspace, the foreign ministry said.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Cameo == "112");
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(new DateOnly(2024, 4, 30), e.Date);
        Assert.Equal(Annalist.Events.DatePrecision.Day, e.DatePrecision);
        Assert.Contains("'Tuesday'", e.Explain!.Date, StringComparison.Ordinal);
        Assert.DoesNotContain(e.ClaimedBy, c => c.Text == "ATHENS");
    }

    [Fact]
    public void A_pronoun_never_means_the_capital_named_only_as_where_something_happened()
    {
        const string text = "The African Union hosted talks in Addis Ababa on Monday. It said it would send observers to Sudan.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Actor.Text == "It" || r.Actor.Text == "it");
        Assert.Equal("The African Union", e.Actor.Antecedent?.Text);
        Assert.Equal("IGOAFR", e.Actor.Code);
    }

    [Fact]
    public void A_pronoun_actor_keeps_its_own_text_and_names_its_antecedent_which_survives_the_json_round_trip()
    {
        const string text = "The African Union held an emergency summit. It said it would send observers to Sudan next week.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Actor.Text == "It" || r.Actor.Text == "it");
        Assert.Equal("The African Union", e.Actor.Antecedent?.Text);
        Assert.Equal("The African Union", text[e.Actor.Antecedent!.Range.Start..e.Actor.Antecedent.Range.End]);
        var buffer = new System.IO.MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            Annalist.Events.EventJson.Write(e, json);
        }

        var line = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.Contains("\"antecedent\":{\"text\":\"The African Union\"", line, StringComparison.Ordinal);
        using var read = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal(e.Actor.Antecedent, Annalist.Events.EventJson.Read(read.RootElement).Actor.Antecedent);
    }

    [Fact]
    public void Overnight_under_a_framing_clause_dated_to_the_day_takes_that_day_and_alone_stays_bounded_by_publication()
    {
        var framed = Assert.Single(FullPipeline.Code("Georgia accused Russia on Monday of bombing border villages overnight.", Published), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2024, 4, 29), Annalist.Events.DatePrecision.Day, "overnight"), (framed.Date, framed.DatePrecision, framed.DateText));
        Assert.StartsWith("dates:own-clause-from-framing-day (Monday)", framed.Explain!.Date, StringComparison.Ordinal);

        var alone = Assert.Single(FullPipeline.Code("Russia bombed border villages in Georgia overnight.", Published), e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal((Published, Annalist.Events.DatePrecision.Before), (alone.Date, alone.DatePrecision));
    }
}
