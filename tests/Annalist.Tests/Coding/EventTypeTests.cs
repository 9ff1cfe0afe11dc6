using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>What kind of event a sentence reports, through the shipped pipeline.</summary>
public sealed class EventTypeTests
{
    [Fact]
    public void Losing_a_vote_is_no_violence()
    {
        // From GUM's news on the 2016 Hong Kong election: CAMEO.2.0 files "defeat" under DESTROY (190).
        var events = FullPipeline.Code(
            "The Hong Kong legislative election was held on Sunday. Two pan-democratic veteran politicians Lee Cheuk-yan of the Labour Party"
            + " and Frederick Fung of ADPL were defeated in this constituency, with Junius Ho defeating Lee Cheuk-yan by around five thousand votes.",
            new DateOnly(2016, 9, 9));
        Assert.DoesNotContain(events, e => e.EventType == "ASSAULT");
    }

    [Fact]
    public void Losing_a_battle_still_is()
    {
        var defeat = Assert.Single(FullPipeline.Code("Iraqi troops defeated Islamic State fighters in Mosul.", new DateOnly(2017, 7, 10)), e => e.EventType == "ASSAULT");
        Assert.Equal(("IRQ", "IMGMUSISI"), (defeat.Actor.Country, defeat.Recipient?.Code));
    }

    [Theory]
    [InlineData("Thousands of Kenyan students attended universities in Uganda last year.", null)]
    [InlineData("The Kenyan president attended a meeting in Kampala.", "CONSULT")]
    [InlineData("Kenya attended the conference on Somalia.", "CONSULT")]
    public void Attending_is_a_visit_only_to_an_event_parties_meet_at(string text, string? type)
    {
        // CAMEO.2.0's default for ATTEND, the travel block's visit, made students attending universities a visit.
        var events = FullPipeline.Code(text, new DateOnly(2024, 5, 1));
        Assert.Equal(type is null ? [] : [type], events.Select(e => e.EventType).Distinct());
    }

    [Theory]
    [InlineData("Kenya called Uganda a reliable partner.", null)]
    [InlineData("The Kenyan president called the Ugandan election a farce.", "ACCUSE")]
    [InlineData("Kenya called Uganda to discuss the border.", "CONSULT")]
    public void Calling_someone_something_is_no_phone_call(string text, string? type)
    {
        // "called X a Y" names X; CAMEO.2.0's CALL read every call as one (041, CONSULT), both ways.
        var events = FullPipeline.Code(text, new DateOnly(2024, 5, 1));
        Assert.Equal(type is null ? [] : [type], events.Select(e => e.EventType).Distinct());
    }

    [Fact]
    public void Pleading_guilty_is_no_appeal()
    {
        // CAMEO.2.0's APPEAL block codes PLEAD 020 unless the plea is "not guilty" or "innocent"; project/verbs.txt adds
        // the guilty plea as no event.
        Assert.DoesNotContain(FullPipeline.Code("The Kenyan minister pleaded guilty to corruption charges."), e => e.EventType == "REQUEST");
        Assert.Contains(FullPipeline.Code("The Kenyan rebels pleaded for international aid."), e => e.EventType == "REQUEST");
    }

    [Theory]
    [InlineData("Sweden defeated South Korea 1 – 0 in Nizhny Novgorod.", false)]
    [InlineData("Belgium beat Panama 3-0 on Monday.", false)]
    [InlineData("Government troops defeated the rebels near Goma.", true)]
    public void Winning_with_a_score_is_a_game_not_force(string text, bool force)
    {
        Assert.Equal(force, FullPipeline.Code(text, new DateOnly(2018, 6, 19)).Any(e => e.EventType == "ASSAULT"));
    }

    [Theory]
    [InlineData("Iran executed two Kurdish activists on Monday.", true)]
    [InlineData("The Kenyan army executed its plan to retake the town.", false)]
    [InlineData("Kenyan police executed a search warrant at the minister's home.", false)]
    public void Executing_a_party_kills_them_but_executing_a_plan_is_no_event(string text, bool killing)
    {
        Assert.Equal(killing, FullPipeline.Code(text, new DateOnly(2024, 5, 1)).Any(e => e.Cameo == "1823"));
    }

    [Theory]
    [InlineData("The new Kenyan sedan overwhelmed its Japanese rivals in sales.")]
    [InlineData("A Kenyan tycoon founded the Nairobi Tech Company in 1998.")]
    [InlineData("The Kenyan senator garnered 40 percent of the vote in Mombasa.")]
    [InlineData("The Kenyan lawyer conducted the interview with the Ugandan minister.")]
    public void A_verb_too_general_for_its_block_is_an_event_only_through_a_pattern(string text)
    {
        // CAMEO.2.0 files these under DESTROY, ENACT, MOBILIZE, INFLUENCE and OVERSEE_MANAGE, so their bare forms coded
        // force, cooperation or a show of force in business and campaign news (word class need-pattern).
        Assert.Empty(FullPipeline.Code(text, new DateOnly(2024, 5, 1)));
    }

    [Fact]
    public void A_two_way_reading_belongs_to_the_verbs_it_was_written_for()
    {
        // CAMEO.2.0's "- &WEAPON * [193:193] # BATTLE" shares PHYSICAL_CONFLICT with HIT: a missile strike was also one by Ukraine.
        var hit = FullPipeline.Code("Russian missiles hit energy infrastructure across Ukraine.", new DateOnly(2024, 5, 1));
        Assert.Contains(hit, e => e.Actor.Country == "RUS" && e.Recipient?.Country == "UKR");
        Assert.DoesNotContain(hit, e => e.Actor.Country == "UKR");

        var clash = FullPipeline.Code("Indian and Pakistani troops clashed in Kashmir.", new DateOnly(2024, 5, 1));
        Assert.Contains(clash, e => e.Actor.Country == "PAK" && e.Recipient?.Country == "IND");
    }

    [Theory]
    [InlineData("The Nigerian army said it had bombed a terrorist hideout in Borno state.")]
    [InlineData("Egypt said its forces killed 20 terrorists in Sinai.")]
    public void A_statement_of_the_speakers_own_act_accuses_no_one(string sentence)
    {
        // The condemning word describes whom the speaker's side acted on; the statement reports the act.
        Assert.DoesNotContain(FullPipeline.Code(sentence, model: false), e => e.Rule == "constructions.tsv:critical-statement");
    }
}
