using Annalist.Events;
using Annalist.Storage.Merging;

namespace Annalist.Tests.Storage;

public sealed class MergeRuleTests
{
    private static readonly MergeRule Rule = MergeRule.Default;

    private static MergeKey Key(string actor, string recipient, string type, string cameo, string date, DatePrecision precision, EventStatus status = EventStatus.Asserted) =>
        new(actor, actor[..3], recipient, recipient.Length >= 3 ? recipient[..3] : recipient, type, cameo, Rule.Window(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), precision), StatusFamilies.Of(status));

    [Theory]
    [InlineData(DatePrecision.Day, "2024-11-22", "2024-11-22")]
    [InlineData(DatePrecision.Week, "2024-11-18", "2024-11-24")]
    [InlineData(DatePrecision.Month, "2024-11-01", "2024-11-30")]
    [InlineData(DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData(DatePrecision.Before, "2024-11-15", "2024-11-22")]
    public void Each_precision_gives_the_days_the_event_may_have_happened(DatePrecision precision, string from, string to)
    {
        var window = Rule.Window(new DateOnly(2024, 11, 22), precision);
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (window.From, window.To));
    }

    [Theory]
    [InlineData("2024-03-04")] // "last week" on 2024-03-15: its Monday
    [InlineData("2024-03-09")] // "last weekend": its Saturday
    public void A_week_precise_date_allows_every_day_of_its_week_through_sunday(string date)
    {
        var window = Rule.Window(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Week);
        Assert.Equal((new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 10)), (window.From, window.To));
        var sunday = Rule.Window(new DateOnly(2024, 3, 10), DatePrecision.Day);
        Assert.True(Rule.Decide(Key("USA", "UKR", "AID", "072", date, DatePrecision.Week), Key("USA", "UKR", "AID", "072", "2024-03-10", DatePrecision.Day)).Merge, $"{window} and {sunday}");
    }

    [Fact]
    public void Reports_of_the_same_dyad_type_and_days_merge_and_say_why()
    {
        var decision = Rule.Decide(Key("RUS", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day), Key("RUS", "PRK", "AID", "07", "2024-11-23", DatePrecision.Before, EventStatus.Alleged));
        Assert.True(decision.Merge);
        Assert.Equal("same dyad RUS→PRK, type AID, CAMEO 072~07, dates 2024-11-16..2024-11-23 within 2024-11-22 ±0d, factual status", decision.Reason);
    }

    [Theory]
    [InlineData("KOR", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day, EventStatus.Asserted, "different dyad")]
    [InlineData("RUS", "UKR", "AID", "072", "2024-11-22", DatePrecision.Day, EventStatus.Asserted, "different dyad")]
    [InlineData("RUS", "PRK", "MOBILIZE", "072", "2024-11-22", DatePrecision.Day, EventStatus.Asserted, "different type")]
    [InlineData("RUS", "PRK", "AID", "073", "2024-11-22", DatePrecision.Day, EventStatus.Asserted, "not compatible")]
    [InlineData("RUS", "PRK", "AID", "072", "2024-11-25", DatePrecision.Day, EventStatus.Asserted, "apart")]
    [InlineData("RUS", "PRK", "AID", "072", "2024-11-23", DatePrecision.Day, EventStatus.Asserted, "more than 0 day(s) apart")]
    [InlineData("RUS", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day, EventStatus.Intended, "status families differ")]
    [InlineData("RUS", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day, EventStatus.Hypothetical, "status families differ")]
    public void Reports_that_differ_in_one_respect_do_not_merge(string actor, string recipient, string type, string cameo, string date, DatePrecision precision, EventStatus status, string reason)
    {
        var decision = Rule.Decide(Key("RUS", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day), Key(actor, recipient, type, cameo, date, precision, status));
        Assert.False(decision.Merge);
        Assert.Contains(reason, decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Countries_decide_between_states_but_sectors_decide_within_one()
    {
        Assert.True(Rule.Decide(Key("PRKGOV", "RUS", "AID", "072", "2024-11-22", DatePrecision.Before), Key("PRK", "RUSGOV", "AID", "07", "2024-11-22", DatePrecision.Before)).Merge);
        var domestic = Rule.Decide(Key("USABUS", "USAMIL", "ACCUSE", "115", "2008-03-11", DatePrecision.Day), Key("USAGOV", "USAMIL", "ACCUSE", "115", "2008-03-11", DatePrecision.Day));
        Assert.False(domestic.Merge);
        Assert.Equal("different dyad: USABUS→USAMIL vs USAGOV→USAMIL", domestic.Reason);
        Assert.False((Rule with { ActorMatch = ActorMatch.Code }).Decide(Key("PRKGOV", "RUS", "AID", "072", "2024-11-22", DatePrecision.Day), Key("PRK", "RUS", "AID", "072", "2024-11-22", DatePrecision.Day)).Merge);
    }

    [Fact]
    public void Denials_and_negations_merge_with_the_claims_they_answer()
    {
        var alleged = Key("PRK", "RUS", "MOBILIZE", "15", "2024-11-22", DatePrecision.Before, EventStatus.Alleged);
        Assert.True(Rule.Decide(alleged, Key("PRK", "RUS", "MOBILIZE", "15", "2024-11-23", DatePrecision.Before, EventStatus.Denied)).Merge);
        Assert.True(Rule.Decide(alleged, Key("PRK", "RUS", "MOBILIZE", "15", "2024-11-22", DatePrecision.Day, EventStatus.Negated)).Merge);
        Assert.True(StatusFamilies.IsDisputed(StatusFamilies.Bit(EventStatus.Alleged) | StatusFamilies.Bit(EventStatus.Denied)));
        Assert.False(StatusFamilies.IsDisputed(StatusFamilies.Bit(EventStatus.Alleged) | StatusFamilies.Bit(EventStatus.Asserted)));
    }

    [Fact]
    public void Settings_loosen_or_tighten_the_rule()
    {
        var stored = Key("KORGOV", "PRK", "AID", "072", "2024-11-22", DatePrecision.Day);
        var report = Key("KOR", "PRK", "AID", "073", "2024-11-24", DatePrecision.Day);
        Assert.False(Rule.Decide(stored, report).Merge);
        var loose = Rule with { ActorMatch = ActorMatch.Country, CameoMatch = CameoMatch.Root, SlackDays = 2 };
        Assert.True(loose.Decide(stored, report).Merge);
        Assert.False((Rule with { Enabled = false }).Decide(stored, stored).Merge);
        Assert.Equal("actor country, cameo root, slack 2d, week Mon-Sun, before 7d", loose.Describe());
    }

    [Fact]
    public void A_stored_event_keeps_the_days_all_its_reports_allow()
    {
        var month = Rule.Window(new DateOnly(2024, 6, 15), DatePrecision.Month);
        var day = Rule.Window(new DateOnly(2024, 6, 19), DatePrecision.Day);
        Assert.Equal(day, month.Intersect(day));
        var nextDay = Rule.Window(new DateOnly(2024, 6, 20), DatePrecision.Day);
        Assert.False(day.Overlaps(nextDay, Rule.SlackDays));
        Assert.True(day.Overlaps(nextDay, slack: 1));
        Assert.Equal(day, day.Intersect(nextDay));
    }

    private static EventPlace Town(string name, long geonameId, string country, string admin1) =>
        new(name, new Annalist.Documents.TextRange(0, name.Length), name, geonameId, 0, 0, country, admin1);

    [Fact]
    public void Reports_of_one_dyad_and_night_in_two_towns_are_two_events()
    {
        var kharkiv = Key("RUS", "UKR", "ASSAULT", "190", "2024-03-14", DatePrecision.Day) with { Place = Town("Kharkiv", 706483, "UKR", "Kharkiv") };
        var odesa = Key("RUS", "UKR", "ASSAULT", "190", "2024-03-14", DatePrecision.Day, EventStatus.Denied) with { Place = Town("Odesa", 698740, "UKR", "Odesa") };
        var decision = Rule.Decide(kharkiv, odesa);
        Assert.False(decision.Merge);
        Assert.Contains("different places", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_town_fits_its_region_and_an_unknown_place_fits_any()
    {
        var town = Town("Kharkiv", 706483, "UKR", "Kharkiv");
        var region = Town("Kharkiv Oblast", 0, "UKR", "Kharkiv");
        var otherRegion = Town("Odesa Oblast", 0, "UKR", "Odesa");
        Assert.True(EventPlace.Compatible(town, region));
        Assert.False(EventPlace.Compatible(town, otherRegion));
        Assert.True(EventPlace.Compatible(town, null));
        Assert.False(EventPlace.Compatible(town, Town("Belgorod", 578072, "RUS", "Belgorod")));
        var report = Key("RUS", "UKR", "ASSAULT", "190", "2024-03-14", DatePrecision.Day);
        Assert.True(Rule.Decide(report with { Place = town }, report).Merge);
    }

    [Fact]
    public void Open_actors_merge_only_with_the_same_words()
    {
        var one = Key("KEN", "", "ACCUSE", "112", "2024-03-14", DatePrecision.Day) with { RecipientName = MergeKey.OpenName("unresolved", "the Zemblan  Committee") };
        var same = Key("KEN", "", "ACCUSE", "112", "2024-03-14", DatePrecision.Day) with { RecipientName = MergeKey.OpenName("unresolved", "The Zemblan Committee") };
        var other = Key("KEN", "", "ACCUSE", "112", "2024-03-14", DatePrecision.Day) with { RecipientName = MergeKey.OpenName("unresolved", "the Ruritanian Front") };
        Assert.True(Rule.Decide(one, same).Merge);
        var decision = Rule.Decide(one, other);
        Assert.False(decision.Merge);
        Assert.Contains("different open actors", decision.Reason, StringComparison.Ordinal);
    }
}
