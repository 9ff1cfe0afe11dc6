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

    [Fact]
    public void An_infinitive_parsed_as_a_purpose_clause_of_agree_is_its_complement_but_a_purpose_stays_one()
    {
        // "agreed on Saturday to provide aid" with "provide" attached as advcl, as greedy parses do.
        var d = Parsed.FromConllu("""
            1	Ministers	minister	NOUN	NNS	_	2	nsubj	_	_
            2	agreed	agree	VERB	VBD	_	0	root	_	_
            3	on	on	ADP	IN	_	4	case	_	_
            4	Saturday	Saturday	PROPN	NNP	_	2	obl	_	_
            5	to	to	PART	TO	_	6	mark	_	_
            6	provide	provide	VERB	VB	_	2	advcl	_	_
            7	aid	aid	NOUN	NN	_	6	obj	_	_
            8	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var provide = Predicates(d).Single(p => p.Lemma == "provide");
        Assert.Equal("xcomp", provide.LinkToParent);
        Assert.Equal([d.Token("Ministers")], provide.Subjects);

        var purpose = Parsed.FromConllu("""
            1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
            2	went	go	VERB	VBD	_	0	root	_	_
            3	there	there	ADV	RB	_	2	advmod	_	_
            4	to	to	PART	TO	_	5	mark	_	_
            5	help	help	VERB	VB	_	2	advcl	_	_
            6	.	.	PUNCT	.	_	2	punct	_	_

            """);
        Assert.Equal("advcl", Predicates(purpose).Single(p => p.Lemma == "help").LinkToParent);
    }

    [Fact]
    public void The_complement_of_a_passive_is_done_by_its_subject()
    {
        // "he is prepared to lift the ban": UD parses "prepared" as a passive participle with "he" as nsubj:pass.
        var d = Parsed.FromConllu("""
            1	he	he	PRON	PRP	_	3	nsubj:pass	_	_
            2	is	be	AUX	VBZ	_	3	aux:pass	_	_
            3	prepared	prepare	VERB	VBN	_	0	root	_	_
            4	to	to	PART	TO	_	5	mark	_	_
            5	lift	lift	VERB	VB	_	3	xcomp	_	_
            6	ban	ban	NOUN	NN	_	5	obj	_	_
            7	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var lift = Predicates(d).Single(p => p.Lemma == "lift");
        Assert.Equal([d.Token("he")], lift.Subjects);
        Assert.True(lift.SubjectInherited);
    }

    [Fact]
    public void A_participle_complement_of_an_object_control_verb_is_a_passive_of_its_object()
    {
        // "ordered the leader arrested": the leader is arrested (the tagger's simple past is the participle there).
        var d = Parsed.FromConllu("""
            1	The	the	DET	DT	_	2	det	_	_
            2	court	court	NOUN	NN	_	3	nsubj	_	_
            3	ordered	order	VERB	VBD	_	0	root	_	_
            4	the	the	DET	DT	_	5	det	_	_
            5	leader	leader	NOUN	NN	_	3	obj	_	_
            6	arrested	arrest	VERB	VBD	_	3	xcomp	_	_
            7	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var arrest = Predicates(d).Single(p => p.Lemma == "arrest");
        Assert.True(arrest.Passive);
        Assert.Equal([d.Token("leader")], arrest.Targets);
        Assert.Empty(arrest.Sources);

        // An infinitive stays active: "urged the rebels to release" has the rebels release.
        var urged = Parsed.FromConllu("""
            1	Kenya	Kenya	PROPN	NNP	_	2	nsubj	_	_
            2	urged	urge	VERB	VBD	_	0	root	_	_
            3	the	the	DET	DT	_	4	det	_	_
            4	rebels	rebel	NOUN	NNS	_	2	obj	_	_
            5	to	to	PART	TO	_	6	mark	_	_
            6	release	release	VERB	VB	_	2	xcomp	_	_
            7	hostages	hostage	NOUN	NNS	_	6	obj	_	_
            8	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var release = Predicates(urged).Single(p => p.Lemma == "release");
        Assert.False(release.Passive);
        Assert.Equal([urged.Token("rebels")], release.Sources);
    }

    [Fact]
    public void A_participle_conjoined_to_a_passive_is_passive_and_shares_its_agent_both_ways()
    {
        var d = Parsed.FromConllu("""
            1	Journalists	journalist	NOUN	NNS	_	3	nsubj:pass	_	_
            2	were	be	AUX	VBD	_	3	aux:pass	_	_
            3	beaten	beat	VERB	VBN	_	0	root	_	_
            4	and	and	CCONJ	CC	_	5	cc	_	_
            5	jailed	jail	VERB	VBN	_	3	conj	_	_
            6	by	by	ADP	IN	_	7	case	_	_
            7	police	police	NOUN	NN	_	5	obl	_	_
            8	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var predicates = Predicates(d);
        foreach (var lemma in new[] { "beat", "jail" })
        {
            var p = predicates.Single(p => p.Lemma == lemma);
            Assert.True(p.Passive, lemma);
            Assert.Equal([d.Token("police")], p.Sources);
            Assert.Equal([d.Token("Journalists")], p.Targets);
        }

        // A finite verb conjoined to a passive is active: its subject acts.
        var active = Parsed.FromConllu("""
            1	Journalists	journalist	NOUN	NNS	_	3	nsubj:pass	_	_
            2	were	be	AUX	VBD	_	3	aux:pass	_	_
            3	freed	free	VERB	VBN	_	0	root	_	_
            4	and	and	CCONJ	CC	_	5	cc	_	_
            5	thanked	thank	VERB	VBD	_	3	conj	_	_
            6	police	police	NOUN	NN	_	5	obj	_	_
            7	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var thanked = Predicates(active).Single(p => p.Lemma == "thank");
        Assert.False(thanked.Passive);
        Assert.Equal([active.Token("Journalists")], thanked.Sources);
    }

    [Fact]
    public void A_by_phrase_hung_from_a_passive_verb_s_oblique_is_its_agent_but_not_an_according_to_source()
    {
        var d = Parsed.FromConllu("""
            1	Sailors	sailor	NOUN	NNS	_	3	nsubj:pass	_	_
            2	were	be	AUX	VBD	_	3	aux:pass	_	_
            3	freed	free	VERB	VBN	_	0	root	_	_
            4	from	from	ADP	IN	_	5	case	_	_
            5	captivity	captivity	NOUN	NN	_	3	obl	_	_
            6	by	by	ADP	IN	_	7	case	_	_
            7	pirates	pirate	NOUN	NNS	_	5	nmod	_	_
            8	.	.	PUNCT	.	_	3	punct	_	_

            """);
        Assert.Equal([d.Token("pirates")], Predicates(d).Single(p => p.Lemma == "free").Agents);

        var reported = Parsed.FromConllu("""
            1	Sailors	sailor	NOUN	NNS	_	3	nsubj:pass	_	_
            2	were	be	AUX	VBD	_	3	aux:pass	_	_
            3	freed	free	VERB	VBN	_	0	root	_	_
            4	according	accord	VERB	VBG	_	7	case	_	_
            5	to	to	ADP	IN	_	4	fixed	_	_
            6	a	a	DET	DT	_	7	det	_	_
            7	report	report	NOUN	NN	_	3	obl	_	_
            8	by	by	ADP	IN	_	9	case	_	_
            9	monitors	monitor	NOUN	NNS	_	7	nmod	_	_
            10	.	.	PUNCT	.	_	3	punct	_	_

            """);
        Assert.Empty(Predicates(reported).Single(p => p.Lemma == "free").Agents);
    }

    [Theory]
    [InlineData("adopted", "adopt", true)]
    [InlineData("vetoed", "veto", false)]
    public void A_document_does_what_its_issuer_says_only_when_issued(string form, string lemma, bool issued)
    {
        var d = Parsed.FromConllu($"""
            1	Kenya	Kenya	PROPN	NNP	_	2	nsubj	_	_
            2	{form}	{lemma}	VERB	VBD	_	0	root	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	resolution	resolution	NOUN	NN	_	2	obj	_	_
            5	condemning	condemn	VERB	VBG	_	4	acl	_	_
            6	Uganda	Uganda	PROPN	NNP	_	5	obj	_	_
            7	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var condemning = Predicates(d).Single(p => p.Lemma == "condemn");
        Assert.Equal(issued ? [d.Token("Kenya")] : [], condemning.Subjects);
    }

    private static List<Predicate> Predicates(Document d) => PredicateFinder.Find(new SentenceTree(d, d.Sentences[0]));
}
