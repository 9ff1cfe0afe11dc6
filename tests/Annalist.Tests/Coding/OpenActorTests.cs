using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>Open actors (issue 15, data/coding/word-classes.tsv agent-nouns and facility-nouns): parties no dictionary names are kept, unresolved. Sentences written for these tests.</summary>
public sealed class OpenActorTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_named_organisation_no_dictionary_knows_is_an_unresolved_actor_with_its_words()
    {
        const string text = "The Zemblan Solidarity Committee accused the Kenyan government of torture.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.EventType == "ACCUSE");
        Assert.Equal("unresolved", e.Actor.Kind);
        Assert.Equal("The Zemblan Solidarity Committee", e.Actor.Text);
        Assert.Equal(string.Empty, e.Actor.Code);
        Assert.StartsWith("KEN", e.Recipient?.Code, StringComparison.Ordinal);
        Assert.Contains("open actor", e.Explain!.Actor, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Several countries have agreed to send troops to Haiti.", "Several countries", "HTI")]
    [InlineData("Nearly 30 countries pledged aid to Malawi after the floods.", "Nearly 30 countries", "MWI")]
    public void Countries_no_sentence_names_are_an_unresolved_actor(string text, string actor, string recipient)
    {
        // "country" is an agent noun: a group of unnamed states acts, as "nations" did before.
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Actor.Kind == "unresolved");
        Assert.Equal(actor, e.Actor.Text);
        Assert.Equal(recipient, e.Recipient?.Country);
    }

    [Fact]
    public void A_person_no_dictionary_knows_is_an_unresolved_recipient()
    {
        const string text = "Kenya's foreign ministry summoned Jorge Alvarenga-Quist over his remarks.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Recipient?.Kind == "unresolved");
        Assert.Equal("Jorge Alvarenga-Quist", e.Recipient!.Text);
        Assert.StartsWith("KEN", e.Actor.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void An_open_actor_takes_the_country_its_own_words_name()
    {
        const string text = "Turkey condemned the Kurdistan Solidarity Network in Bielefeld.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Recipient?.Kind == "unresolved");
        Assert.Equal("DEU", e.Recipient!.Country);
    }

    [Fact]
    public void An_open_actor_takes_no_country_from_its_sponsor()
    {
        // "Iran-backed factions" are not Iran's: the strike is on the factions, of no country the sentence names.
        var e = Assert.Single(FullPipeline.Code("Kenyan jets bombed Iran-backed factions.", Published));
        Assert.Equal("unresolved", e.Recipient?.Kind);
        Assert.NotEqual("IRN", e.Recipient!.Country);
    }

    [Theory]
    [InlineData("The Zemblan army released two prisoners on Monday.", "two prisoners")]
    [InlineData("Kenya urged its allies to act.", "its allies")]
    [InlineData("Kenyan police freed a hostage.", "a hostage")]
    [InlineData("Kenyan guards attacked an inmate at the jail.", "an inmate")]
    [InlineData("Kenyan police arrested three suspects in Nairobi.", "three suspects")]
    [InlineData("Kenyan police detained two foreign pilots.", "two foreign pilots")]
    [InlineData("The European Parliament issued an ultimatum to the negotiators.", "the negotiators")]
    [InlineData("Qatar urged the warring factions to return to the negotiating table.", "the warring factions")]
    [InlineData("The rebel leader urged his followers to hand in their weapons.", "his followers")]
    [InlineData("Zimbabwe's opposition leader called on his supporters to stage a national strike.", "his supporters")]
    public void People_held_sought_or_allied_are_open_recipients(string text, string recipient)
    {
        var events = FullPipeline.Code(text, Published);
        Assert.Contains(events, e => e.Recipient?.Text.StartsWith(recipient, StringComparison.Ordinal) == true && e.Recipient.Kind == "unresolved");
    }

    [Theory]
    [InlineData("Kenyan police detained three suspects in the attack on the convoy of the Ugandan president.", "three suspects")]
    [InlineData("Kenyan police detained two suspects in the bombing of a hotel owned by the Ugandan president.", "two suspects")]
    [InlineData("Kenyan police arrested several suspects in the ambush on the motorcade of the Ugandan president.", "several suspects")]
    public void What_people_did_or_where_they_were_is_no_part_of_them_as_a_recipient(string text, string recipient)
    {
        // The one actor inside the object's phrase stood for the object ("detained ... the Ugandan president"); where the
        // parse hangs "in the ambush" from the verb, the purpose-nominal row read it as the act's purpose (targets.tsv:
        // not when the object names people).
        var events = FullPipeline.Code(text, Published);
        var e = Assert.Single(events);
        Assert.Equal((recipient, "unresolved", ""), (e.Recipient?.Text, e.Recipient?.Kind, e.Recipient?.Country));
    }

    [Fact]
    public void Who_did_something_to_people_is_no_part_of_them_as_a_recipient()
    {
        // "held by Boko Haram" says who held the hostages; the one actor inside the object stood for it, and the army
        // freed Boko Haram. "A group based in Trinidad" stays Trinidad's: no one did anything to it.
        var e = Assert.Single(FullPipeline.Code("The Nigerian army freed 50 hostages held by Boko Haram.", Published), r => r.Actor.Country == "NGA" && r.Actor.Sector == "MIL");
        Assert.Equal(("50 hostages", "unresolved"), (e.Recipient?.Text, e.Recipient?.Kind));
    }

    [Fact]
    public void When_an_act_was_done_is_no_part_of_the_open_actor_it_was_done_to()
    {
        // The parse may hang "on Wednesday" from the name; a date is never part of who.
        var e = Assert.Single(FullPipeline.Code("The Kenyan president called Zorblat Quenx on Wednesday.", Published), e => e.Actor.Country == "KEN");
        Assert.Equal(("Zorblat Quenx", "unresolved"), (e.Recipient?.Text, e.Recipient?.Kind));
    }

    [Theory]
    [InlineData("Kenya rejected a request from the Quenx Foundation to fund the project.", "the Quenx Foundation")]
    [InlineData("The Kenyan court dismissed an appeal by Zorblat Quenx.", "Zorblat Quenx")]
    [InlineData("Kenyan lawmakers demanded that Zorblat Quenx step down as governor.", "Zorblat Quenx")]
    public void The_maker_of_a_request_answered_or_the_one_a_demand_is_aimed_at_is_its_open_recipient(string text, string recipient)
    {
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.EventType is "REJECT" or "REQUEST");
        Assert.Equal(recipient, e.Recipient?.Text);
        Assert.Equal("unresolved", e.Recipient!.Kind);
    }

    [Fact]
    public void Whom_something_is_given_to_is_its_open_recipient()
    {
        var e = Assert.Single(FullPipeline.Code("The Kenyan president gave Zorblat Quenx a medal.", Published), r => r.Actor.Country == "KEN");
        Assert.Equal(("Zorblat Quenx", "unresolved"), (e.Recipient?.Text, e.Recipient?.Kind));
    }

    [Theory]
    [InlineData("The Kenyan president criticized the Quenx Commission's decision.", "the Quenx Commission")]
    [InlineData("Kenya welcomed the Zemblan Solidarity Committee's attempt to end the strike.", "the Zemblan Solidarity Committee")]
    public void The_author_of_a_decision_or_an_attempt_is_its_open_recipient(string text, string recipient)
    {
        // An act aimed at what someone decided, said or tried is aimed at its author (word class authored-nouns); the
        // possessor of anything else ("cleared the nation's backlog") is no recipient by that.
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Actor.Country == "KEN");
        Assert.Equal((recipient, "unresolved"), (e.Recipient?.Text, e.Recipient?.Kind));
    }

    [Theory]
    [InlineData("International labor officials praised the Ugandan government.", "International labor officials")]
    [InlineData("The strikers accepted an offer from the Kenyan government.", "The strikers")]
    [InlineData("Musicians ended their boycott of Israel.", "Musicians")]
    [InlineData("Forty African nations signed a trade pact with China.", "Forty African nations")]
    public void Officials_strikers_musicians_and_nations_no_dictionary_lists_are_open_actors(string text, string actor)
    {
        var events = FullPipeline.Code(text, Published);
        Assert.Contains(events, e => e.Actor.Text == actor && e.Actor.Kind == "unresolved");
    }

    [Theory]
    [InlineData("Iodine declined sharply in the Zemblan Solidarity Committee's report.")]
    [InlineData("Protesters blocked the Golden Horn Bridge for three hours.")]
    public void Named_things_and_events_with_no_coded_party_are_no_open_actors(string text)
    {
        Assert.DoesNotContain(FullPipeline.Code(text, Published), r => r.Actor.Kind == "unresolved" && r.Recipient is null or { Kind: "unresolved", Country.Length: 0 });
        Assert.DoesNotContain(FullPipeline.Code(text, Published), r => r.Recipient?.Text.Contains("Bridge", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void The_target_phrase_of_an_event_noun_is_where_an_open_recipient_stands()
    {
        const string text = "Kenya's anti-corruption agency opened an investigation into the Zemblan Trading Company.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Recipient?.Kind == "unresolved");
        Assert.Equal("the Zemblan Trading Company", e.Recipient!.Text);
    }

    [Fact]
    public void A_measure_imposed_in_a_place_falls_on_the_country_the_place_words_name()
    {
        const string text = "The military government imposed a curfew in Bangkok on Friday.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Cameo.StartsWith("17", StringComparison.Ordinal));
        Assert.Equal("THA", e.Recipient?.Country);
        Assert.Equal("Bangkok", e.Recipient?.Text);
    }

    [Fact]
    public void A_name_no_dictionary_knows_as_the_object_is_the_target_before_anyone_further_down()
    {
        // Not the school (a role of the country of the place) the arrest happened at.
        const string text = "Police arrested Ahmed Okonkwo-Lisle at his school in Texas.";
        var e = Assert.Single(FullPipeline.Code(text, Published), r => r.Cameo == "173");
        Assert.Equal("Ahmed Okonkwo-Lisle", e.Recipient?.Text);
        Assert.Equal("unresolved", e.Recipient?.Kind);
    }

    [Fact]
    public void A_name_no_dictionary_knows_coordinated_with_a_known_doer_acts_with_it()
    {
        const string text = "Kenya and the Zemblan Trade Bloc have agreed to cut tariffs on maize.";
        var events = FullPipeline.Code(text, Published).Where(r => r.EventType == "AGREE").ToList();
        Assert.Contains(events, e => e.Actor.Country == "KEN" && e.Recipient?.Text == "the Zemblan Trade Bloc" && e.Recipient.Kind == "unresolved");
        Assert.Contains(events, e => e.Actor.Text == "the Zemblan Trade Bloc" && e.Recipient?.Country == "KEN");
    }
}
