using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>The word class accusation-nouns (data/coding/word-classes.tsv): a rejection of an accusation answers the accuser and denies what was alleged.</summary>
public sealed class RebuttalTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Rejecting_the_accusation_is_aimed_at_the_accuser_and_denies_the_alleged_act()
    {
        const string text = "Armenia accused Azerbaijan of shelling border villages. Azerbaijan's foreign ministry rejected the accusation.";
        var events = FullPipeline.Code(text, Published);
        var rejection = Assert.Single(events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal));
        Assert.Equal("ARM", rejection.Recipient?.Country);
        Assert.StartsWith("rebuttal:", rejection.Explain!.Recipient, StringComparison.Ordinal);
        var shelling = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(EventStatus.Denied, shelling.Status);
        Assert.Contains(shelling.ClaimedBy, c => c.Country == "ARM");
        Assert.Contains(shelling.ClaimedBy, c => c.Country == "AZE");
    }

    [Fact]
    public void Rejecting_something_that_is_not_an_accusation_links_nothing()
    {
        const string text = "Armenia accused Azerbaijan of shelling border villages. Azerbaijan's parliament rejected the budget.";
        var events = FullPipeline.Code(text, Published);
        Assert.DoesNotContain(events, e => e.Status == EventStatus.Denied);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("12", StringComparison.Ordinal) && e.Recipient?.Country == "ARM");
    }
}
