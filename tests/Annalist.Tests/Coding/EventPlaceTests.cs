using Annalist.Coding.Places;
using Annalist.Documents;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>Where an event happened, through the shipped pipeline: its own locative phrases, a clause of the same moment, never a later one.</summary>
public sealed class EventPlaceTests
{
    [Fact]
    public void A_locative_phrase_of_the_trigger_is_the_place()
    {
        // A clash is coded both ways ("- * (WITH +) [190:190]"); both events happen in Kharkiv.
        var events = FullPipeline.Code("Rebels clashed with Ukrainian troops in Kharkiv on Monday.");
        Assert.Equal(["UKRREB", "UKRMIL"], events.Select(e => e.Actor.Code));
        Assert.All(events, e => Assert.Equal(("Kharkiv", "UKR"), (e.Place?.Name, e.Place?.Country)));
    }

    [Theory]
    [InlineData("Police in Athens fired tear gas at protesters.", "Athens")]
    [InlineData("Protesters in Nairobi clashed with police on Tuesday.", "Nairobi")]
    public void With_no_locative_phrase_of_its_own_the_clause_happens_where_its_subject_is(string sentence, string place)
    {
        Assert.All(FullPipeline.Code(sentence), e => Assert.Equal(place, e.Place?.Name));
    }

    [Fact]
    public void A_locative_modifier_of_the_object_places_the_act()
    {
        var killing = Assert.Single(FullPipeline.Code("Israeli troops killed three civilians in Gaza."), e => e.EventType == "ASSAULT");
        Assert.Equal(("Gaza", "PSE"), (killing.Place?.Name, killing.Place?.Country));
        Assert.Equal("PSE", killing.Recipient?.Country);
    }

    [Fact]
    public void A_clause_of_the_same_moment_gives_its_place_and_the_victims_their_country()
    {
        var events = FullPipeline.Code("Two Palestinian suicide bombers killed 23 people when they blew themselves up in Tel Aviv.");
        var killing = Assert.Single(events, e => e.EventType == "ASSAULT");
        Assert.Equal(("Tel Aviv", "ISR"), (killing.Place?.Name, killing.Place?.Country));
        Assert.Equal(("PSE", "ISR"), (killing.Actor.Country, killing.Recipient?.Country));
    }

    [Theory]
    [InlineData("The Houthis attacked a commercial ship in the Red Sea.")]
    [InlineData("Iran seized a tanker in the Gulf of Oman.")]
    [InlineData("Pirates attacked a tanker in the Gulf of Oman.")]
    public void A_sea_or_gulf_is_no_country(string sentence)
    {
        // "Red Sea" is also a Sudanese state and Oman a country, but here they name water: nor is a tanker in the
        // Gulf of Oman an Omani tanker (the country of a role's own phrase is never read inside a sea's name).
        var events = FullPipeline.Code(sentence);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Place));
        Assert.DoesNotContain(events, e => e.Recipient?.Country is "SDN" or "OMN");
    }

    [Fact]
    public void A_short_acronym_after_a_lower_case_word_is_no_town_but_a_dateline_in_capitals_is_a_place()
    {
        // "the GAO" is the Government Accountability Office, not Gao in Mali; "KABUL -" opens a dateline.
        var protest = Assert.Single(FullPipeline.Code("Boeing challenged the award in a formal protest before the GAO."));
        Assert.NotEqual("MLI", protest.Place?.Country);
        Assert.NotEqual("MLI", protest.Recipient?.Country);
        var document = FullPipeline.Instance.Process(new Document("KABUL - Taliban fighters attacked a police checkpoint on Monday.", new DocumentMetadata { Id = "t" }));
        Assert.Contains(document.GetExtension<PlaceMentions>()!.BySentence[0], p => p.Text == "KABUL" && p.Best.Country == "AFG");
    }

    [Fact]
    public void A_clause_of_another_moment_keeps_its_place_to_itself()
    {
        var killing = Assert.Single(FullPipeline.Code("Israeli troops killed two militants after they had travelled to Gaza."), e => e.EventType == "ASSAULT");
        Assert.Null(killing.Place);
    }

    [Fact]
    public void A_same_moment_clause_that_leads_back_to_its_governor_ends_the_search()
    {
        // Issue 18: "when attacking" is a clause of the same moment under "shelled", and "attacking" a bare
        // participle governed by "shelled": the place search went down and up again until the stack overflowed.
        var events = FullPipeline.Code("Russia shelled Kyiv when attacking Ukraine, killing ten people in Kharkiv.");
        Assert.Contains(events, e => e.Evidence.TriggerText == "shelled");
        Assert.Contains(events, e => e.Place?.Name == "Kharkiv");
    }

    [Theory]
    [InlineData("Taliban negotiators met Alice Smith in Doha.", "Alice Smith")]
    [InlineData("Taliban negotiators met Alice Wells in Doha.", "Alice Wells")]
    public void A_town_inside_a_persons_name_is_no_place(string sentence, string person)
    {
        // "Alice" is a town in Texas and South Africa, "Wells" one in England: next to another proper noun they are a
        // name no dictionary knows (place-name-parts), the one met; the meeting is in Doha.
        var meeting = Assert.Single(FullPipeline.Code(sentence), e => e.Actor.Country == "AFG");
        Assert.Equal((person, "", "Doha"), (meeting.Recipient?.Text, meeting.Recipient?.Country, meeting.Place?.Name));
    }

    [Fact]
    public void A_town_standing_alone_stays_a_place()
    {
        var events = FullPipeline.Code("Police fired tear gas at protesters in Alice on Sunday.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Alice", e.Place?.Name));
    }

    [Fact]
    public void A_word_of_places_after_a_name_is_no_town()
    {
        // "University" is also a town in Florida: after a name it is a word of that name.
        var events = FullPipeline.Code("Egyptian police fired tear gas at protesters near Cairo University on Sunday.");
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("USA", e.Place?.Country));
    }

    [Theory]
    [InlineData("Russian forces shelled towns in the Donbas on Monday.", "Donbas", "UKR")]
    [InlineData("Sudanese troops attacked villages in Darfur on Monday.", "Darfur", "SDN")]
    [InlineData("Indian police clashed with stone-throwing youths in Kashmir on Monday.", "Kashmir", "")]
    public void A_region_is_a_place(string sentence, string region, string country)
    {
        // project/regions.tsv: regions GeoNames' cities and admin-1 files lack; Kashmir, disputed, has no country.
        var events = FullPipeline.Code(sentence);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal((region, country), (e.Place?.Name, e.Place?.Country)));
    }

    [Fact]
    public void A_countrys_demonym_is_no_region_of_another_country()
    {
        // "Somali" is also Ethiopia's Somali region: as Somalia's demonym it names no place in Ethiopia.
        var shelling = Assert.Single(FullPipeline.Code("Kenyan troops shelled Somali positions."));
        Assert.Null(shelling.Place);
        Assert.NotEqual("ETH", shelling.Recipient?.Country);
    }

    [Fact]
    public void A_groups_name_is_no_town_of_another_country()
    {
        // GeoNames also calls Hamm, Germany, "Hamas": the group's targets are the recipient, not a German town.
        var strike = Assert.Single(FullPipeline.Code("Norwegian jets struck Hamas targets on Friday."));
        Assert.NotEqual("DEU", strike.Place?.Country);
        Assert.Equal("PSE", strike.Recipient?.Country);
    }

    [Theory]
    [InlineData("Somali militants attacked a Kenyan base in Lamu county.", "Lamu")]
    [InlineData("Rebels attacked a convoy near Garissa town.", "Garissa")]
    public void A_word_of_places_after_a_town_is_at_that_town(string sentence, string town)
    {
        // The locative phrase's head is "county" or "town"; its compound names the place (place-name-parts).
        var events = FullPipeline.Code(sentence);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(town, e.Place?.Name));
    }
}
