using Annalist.Coding;
using Annalist.Coding.Actors;
using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Syntax;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

public sealed class NounEventLexiconTests
{
    private static readonly NounEventLexicon Nouns = NounEventLexicon.Load(Path.Combine(SharedData.RepositoryRoot, "data", "lexicon", "event-nouns.tsv"));

    [Fact]
    public void Subject_to_UN_sanctions_makes_the_UN_sanction_each_subject()
    {
        var knowledge = new FakeKnowledge().Actor("North Korea", "PRK").Actor("Russia", "RUS").Actor("UN", "IGOUNO", ActorMention.Organization);
        var lexicon = new NounsOnly(Nouns);
        var coder = new EventCoder(knowledge, lexicon, new SanctionOntology(), null, new VersionStamp("t", "t", "t"));
        var events = coder.Code(Parsed.FromSpec("seed-sanctions.conllu", new DateOnly(2024, 11, 22)));
        Assert.Equal(["IGOUNO->PRK", "IGOUNO->RUS"], events.Select(e => $"{e.Actor.Code}->{e.Recipient!.Code}"));
        Assert.All(events, e => Assert.Equal("sanctions", e.Evidence.TriggerText));
    }

    [Fact]
    public void The_possessor_of_an_arrest_is_the_one_arrested_unless_an_of_phrase_names_that_one()
    {
        // "his arrest": he was arrested; "Uganda's arrest of the activist": Uganda arrested.
        var events = FullPipeline.Code("President Uhuru Kenyatta spoke on Monday. Russian police released the activist a week after his arrest.");
        Assert.DoesNotContain(events, e => e.Evidence.TriggerText == "arrest" && e.Actor.Text == "his");
        var arrest = Assert.Single(FullPipeline.Code("Kenya condemned Uganda's arrest of the activist."), e => e.EventType == "COERCE");
        Assert.Equal("UGA", arrest.Actor.Country);
        Assert.NotEqual("UGA", arrest.Recipient?.Country);
    }

    [Theory]
    [InlineData("The European Union lifted its arms embargo on China.", "085")]
    [InlineData("France ended its boycott of Israeli goods.", "085")]
    [InlineData("Kenya requested aid from Japan.", "023")]
    [InlineData("Kenya demanded an apology from Uganda.", "100")]
    public void A_measure_lifted_or_ended_or_a_thing_asked_for_is_no_second_event(string sentence, string cameo)
    {
        // The embargo and the boycott were imposed before; undoing them (codes.tsv: undoes) is the one event. Aid asked
        // for was not given, an apology demanded not made (codes.tsv: asks-for).
        var e = Assert.Single(FullPipeline.Code(sentence));
        Assert.Equal(cameo, e.Cameo);
    }

    [Fact]
    public void A_nominal_event_takes_its_recipient_from_its_own_phrase_not_from_the_clause_it_stands_in()
    {
        // The people displaced are what the offensive did, not whom it was aimed at: the rebels' stronghold is (the
        // model completes the rule event with what the offensive's own phrase acts on).
        var offensive = Assert.Single(FullPipeline.Code("A Syrian army offensive on the last rebel stronghold has displaced 50,000 people.", model: true), e => e.Evidence.TriggerText == "offensive");
        Assert.Contains("rebel", offensive.Recipient?.Text);

        var aid = Assert.Single(FullPipeline.Code("Kenya thanked the United Nations agencies for their valuable assistance.", model: true), e => e.Evidence.TriggerText == "assistance");
        Assert.Empty(aid.Recipient?.Text ?? string.Empty); // the agencies are the ones who gave it
    }

    [Fact]
    public void The_sponsor_of_a_nominal_act_is_not_the_one_who_does_it()
    {
        var events = FullPipeline.Code("A Russia-backed Syrian offensive on the rebel town of Saraqib has displaced thousands.");
        Assert.Contains(events, e => e.Evidence.TriggerText == "offensive" && e.Actor.Country == "SYR");
        Assert.DoesNotContain(events, e => e.Evidence.TriggerText == "offensive" && e.Actor.Country == "RUS");
    }

    [Fact]
    public void Every_lexicon_line_parses_and_names_a_cameo_code()
    {
        Assert.True(Nouns.Count >= 40);
    }

    private sealed class NounsOnly(NounEventLexicon nouns) : IEventLexicon
    {
        public IReadOnlyList<EventReading> ReadPredicate(SentenceTree tree, Predicate predicate, Func<int, bool> denotesActor, Func<int, bool> namesParty) => [];

        public IReadOnlyList<EventReading> ReadNoun(SentenceTree tree, int noun, Func<int, bool> denotesActor) => nouns.Read(tree, noun, denotesActor);
    }

    private sealed class SanctionOntology : IEventOntology
    {
        public (double? Goldstein, int QuadClass)? Cameo(CameoCode code) => (-4.5, 4);

        public (string EventType, string Mode, IReadOnlyList<string> Contexts)? Plover(CameoCode cameo) => ("SANCTION", string.Empty, []);
    }
}
