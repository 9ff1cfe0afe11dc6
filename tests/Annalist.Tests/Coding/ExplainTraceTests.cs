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
}
