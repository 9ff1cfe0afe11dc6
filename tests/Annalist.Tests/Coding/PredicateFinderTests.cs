using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

public sealed class PredicateFinderTests
{
    [Fact]
    public void Accused_Y_of_V_ing_makes_Y_the_subject_of_V_and_purpose_clauses_inherit_it()
    {
        var d = Parsed.FromSpec("seed-accuse.conllu");
        var predicates = Predicates(d);
        var accuse = predicates.Single(p => p.Lemma == "accuse");
        Assert.Equal([d.Token("States"), d.Token("Korea")], accuse.Subjects);
        Assert.Equal([d.Token("Pyongyang")], accuse.Objects);
        var send = predicates.Single(p => p.Lemma == "send");
        Assert.Equal([d.Token("Pyongyang")], send.Subjects);
        Assert.True(send.SubjectInherited);
        Assert.Equal("of", send.Marker);
        var help = predicates.Single(p => p.Lemma == "help");
        Assert.Equal([d.Token("Pyongyang")], help.Subjects);
        Assert.Equal([d.Token("Russians")], help.Objects);
        Assert.Equal(d.Token("sending"), help.Parent);
    }

    [Fact]
    public void In_exchange_for_V_ing_makes_the_recipient_the_subject_of_V()
    {
        var d = Parsed.FromSpec("seed-supply.conllu");
        var predicates = Predicates(d);
        var supply = predicates.Single(p => p.Lemma == "supply");
        Assert.Equal([d.Token("Russia")], supply.Subjects);
        Assert.Contains(new Oblique("to", d.Token("Korea")), supply.Obliques);
        var send = predicates.Single(p => p.Lemma == "send");
        Assert.Equal([d.Token("Korea")], send.Subjects);
        var support = predicates.Single(p => p.Lemma == "support");
        Assert.Equal([d.Token("Korea")], support.Subjects);
        Assert.Equal([d.Token("Moscow")], support.Objects);
        var say = predicates.Single(p => p.Lemma == "say");
        Assert.Equal("parataxis", say.LinkToParent);
        Assert.Equal([d.Token("Shin")], say.Subjects);
    }

    [Fact]
    public void Conjoined_verbs_share_the_subject_and_complements_keep_their_own()
    {
        var d = Parsed.FromSpec("seed-visit.conllu");
        var predicates = Predicates(d);
        Assert.Equal([d.Token("Choe")], predicates.Single(p => p.Lemma == "say").Subjects);
        var support = predicates.Single(p => p.Lemma == "support");
        Assert.Equal([d.Token("country")], support.Subjects);
        Assert.False(support.SubjectInherited);
        Assert.Equal("ccomp", support.LinkToParent);
    }

    private static List<Predicate> Predicates(Document d) => PredicateFinder.Find(new SentenceTree(d, d.Sentences[0]));
}
