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
