using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>
/// Force and its victims (issue 17): a town that force is aimed at is the event's place and its country the recipient
/// (places:force-target); a counted few victims are no mass killing (codes.tsv: mass); a side's own word that it
/// could use force is a threat (OwnSideWarnings). Sentences written for these tests.
/// </summary>
public sealed class ForceTargetTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Syrian government forces shelled Idlib on Monday.", "Idlib", "SYR", "SYR")]
    [InlineData("Russian artillery shelled residential districts of Kherson overnight.", "Kherson", "RUS", "UKR")]
    public void A_town_that_force_is_aimed_at_is_the_place_and_its_country_the_recipient(string text, string town, string actor, string recipients)
    {
        var events = FullPipeline.Code(text, Published);
        var attack = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(town, attack.Place?.Name);
        Assert.StartsWith("places:force-target", attack.Explain!.Place, StringComparison.Ordinal);
        Assert.Equal(actor, attack.Actor.Country);
        Assert.NotEqual(town, attack.Recipient?.Text);
        Assert.Contains(attack.Recipient?.Country ?? "-", recipients.Split('|'));
    }

    [Fact]
    public void Retaliating_by_another_act_is_that_act_and_no_force()
    {
        // CAMEO.2.0 made the retaliation an assault (190) beside the tariffs it was carried out by.
        var events = FullPipeline.Code("Kenya retaliated by imposing tariffs on American goods.", Published);
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Contains(events, e => e.EventType == "SANCTION" && e.Recipient?.Country == "USA");
    }

    [Fact]
    public void A_country_that_force_is_aimed_at_stays_the_recipient()
    {
        var events = FullPipeline.Code("Iraq attacked Kuwait in August.", Published);
        var attack = Assert.Single(events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal) || e.Cameo.StartsWith("18", StringComparison.Ordinal));
        Assert.Equal("Kuwait", attack.Recipient?.Text);
        Assert.Null(attack.Place);
    }

    [Fact]
    public void A_participle_going_on_from_an_attack_happens_in_its_place_and_kills_its_people()
    {
        var events = FullPipeline.Code("Rebels shelled the outskirts of Goma on Sunday, killing three civilians.", Published);
        var killing = Assert.Single(events, e => e.Evidence.TriggerText.StartsWith("killing", StringComparison.Ordinal));
        Assert.Equal("Goma", killing.Place?.Name);
        Assert.Equal("COD", killing.Recipient?.Country);
    }

    [Theory]
    [InlineData("Militiamen killed four civilians in a village near Goma.", "190")]
    [InlineData("Militiamen killed 12 civilians in a village near Goma.", "190")]
    [InlineData("Militiamen killed hundreds of civilians in villages near Goma.", "202")]
    public void Killing_civilians_is_a_mass_killing_only_in_large_numbers(string text, string cameo)
    {
        var events = FullPipeline.Code(text, Published);
        var killing = Assert.Single(events, e => e.Evidence.TriggerText.StartsWith("killed", StringComparison.Ordinal));
        Assert.Equal(cameo, killing.Cameo);
    }

    [Fact]
    public void A_sides_own_word_that_it_could_use_force_is_a_threat()
    {
        var events = FullPipeline.Code("A Kremlin spokesman said Russia could retaliate against Finland.", Published);
        var threat = Assert.Single(events, e => e.Evidence.TriggerText.StartsWith("retaliate", StringComparison.Ordinal));
        Assert.Equal("THREATEN", threat.EventType);
        Assert.StartsWith("13", threat.Cameo, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Hypothetical, threat.Status);
    }

    [Fact]
    public void Anyone_elses_guess_that_a_side_could_use_force_stays_a_hypothetical_act()
    {
        var events = FullPipeline.Code("Finnish analysts said Russia could retaliate against Finland.", Published);
        var act = Assert.Single(events, e => e.Evidence.TriggerText.StartsWith("retaliate", StringComparison.Ordinal));
        Assert.Equal("ASSAULT", act.EventType);
        Assert.Equal(EventStatus.Hypothetical, act.Status);
    }

    [Fact]
    public void Strikes_on_two_towns_in_one_article_stay_two_events()
    {
        const string text = "Russian forces shelled Kharkiv on Thursday. Russian drones struck Odesa on Thursday.";
        var events = FullPipeline.Code(text, Published).Where(e => e.Cameo.StartsWith("19", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "Kharkiv", "Odesa" }, events.Select(e => e.Place?.Name ?? "-").Order().ToArray());
    }

    [Fact]
    public void A_definite_role_refers_to_the_actor_the_article_just_named_in_it()
    {
        const string text = "Russia's Defence Ministry denied the report on Friday. The ministry also denied that Russian drones had struck Odesa.";
        var events = FullPipeline.Code(text, Published);
        var denied = Assert.Single(events, e => e.Place?.Name == "Odesa");
        var claimant = Assert.Single(denied.ClaimedBy);
        Assert.Equal("RUS", claimant.Country);
        Assert.Equal("Russia's Defence Ministry", claimant.Antecedent?.Text);
    }
}
