using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge;
using Annalist.Knowledge.Petrarch;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>Verb patterns matched on hand-built trees with a tiny verbs file.</summary>
public sealed class DictionaryEventLexiconTests
{
    private const string Verbs = """
        &NEGATIVE
        +DID N'T
        +WO N'T

        --- DIE [190] ---
        DIE

        --- CLASH [223] ---
        CLASH
        - MOST_CERTAINLY_&NEGATIVE * OVER EFFORTS [907]
        - &NEGATIVE * OVER EFFORTS [904]
        - * OVER EFFORTS [121]

        --- OPEN [---] ---
        OPEN
        - * BORDER [080]
        - * FIRE [193]

        --- EXPRESS [110] ---
        EXPRESS
        - * SUPPORT [032]

        --- CALL [010] ---
        CALL
        - *_UPON [097]
        - RECENTLY_* [098]

        --- SHOOT [190] ---
        SHOOT  {SHOOTS SHOOTING SHOT }

        --- SHOT [---] ---
        SHOT

        --- CELEBRATE [181] ---
        CELEBRATE
        - * IFTAR IN ^ + [045]
        - * IFTAR AT ^ ^ + [044]

        --- RETURN [---] ---
        RETURN
        - * ^ (TO +) [0842]
        """;

    [Theory]
    [InlineData("did n't", "904")]
    [InlineData("most certainly did n't", "907")]
    [InlineData("certainly most did n't", "904")]
    [InlineData("", "121")]
    public void Words_joined_before_the_verb_must_stand_together_in_order(string before, string code)
    {
        var words = new List<(string Form, string Lemma, string Upos, string Xpos)> { ("Bree", "Bree", "PROPN", "NNP") };
        foreach (var word in before.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words.Add(word switch
            {
                "did" => ("did", "do", "AUX", "VBD"),
                "n't" => ("n't", "not", "PART", "RB"),
                _ => (word, word, "ADV", "RB"),
            });
        }

        var verb = words.Count + 1;
        words.Add(("clash", "clash", "VERB", "VB"));
        words.Add(("over", "over", "ADP", "IN"));
        words.Add(("efforts", "effort", "NOUN", "NNS"));
        var lines = words.Select((w, i) =>
        {
            var id = i + 1;
            var (head, relation) = id == verb ? (0, "root") : id == 1 ? (verb, "nsubj") : id < verb ? (verb, w.Upos == "AUX" ? "aux" : "advmod")
                : w.Form == "over" ? (verb + 2, "case") : (verb, "obl");
            return $"{id}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t{head}\t{relation}\t_\t_";
        });
        var d = Parsed.FromConllu(string.Join('\n', lines) + "\n\n");
        var dictionary = Dictionary();
        var tree = new SentenceTree(d, d.Sentences[0]);
        var predicate = PredicateFinder.Find(tree).Single(p => p.Lemma == "clash");
        var reading = new DictionaryEventLexicon(dictionary, null).ReadPredicate(tree, predicate, _ => true, _ => false)[0];
        Assert.Equal(code, reading.Cameo.Value);
    }

    [Theory]
    [InlineData("shoot")]
    [InlineData("shot")]
    public void A_verb_form_the_dictionary_lists_is_read_even_when_the_lemmatizer_takes_it_for_a_lemma_of_its_own(string lemma)
        // "shot" read as a lemma of its own finds the entry SHOT, which codes no event; SHOOT lists "shot" among its forms.
    {
        var d = Parsed.FromConllu($"""
            1	Soldiers	soldier	NOUN	NNS	_	2	nsubj	_	_
            2	shot	{lemma}	VERB	VBP	_	0	root	_	_
            3	protesters	protester	NOUN	NNS	_	2	obj	_	_

            """);
        var reading = Assert.Single(Readings(d));
        Assert.Equal("190", reading.Cameo.Value);
    }

    [Theory]
    [InlineData("sleep", false)]
    [InlineData("wounds", true)]
    [InlineData("bombing", true)]
    public void Dying_is_violence_only_from_a_violent_cause_and_the_one_who_dies_suffers_it(string cause, bool isEvent)
    {
        var lemma = cause == "wounds" ? "wound" : cause;
        var d = Parsed.FromConllu($"""
            1	man	man	NOUN	NN	_	2	nsubj	_	_
            2	died	die	VERB	VBD	_	0	root	_	_
            3	of	of	ADP	IN	_	4	case	_	_
            4	{cause}	{lemma}	NOUN	NN	_	2	obl	_	_
            5	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var dictionary = Dictionary();
        var tree = new SentenceTree(d, d.Sentences[0]);
        var predicate = PredicateFinder.Find(tree).Single(p => p.Lemma == "die");
        Assert.True(predicate.Passive);
        var readings = new DictionaryEventLexicon(dictionary, null).ReadPredicate(tree, predicate, _ => true, _ => false);
        Assert.Equal(isEvent, readings.Any(r => r.Cameo.Value == "190"));
    }

    [Theory]
    [InlineData("Arnor called upon Gondor .", "097")]
    [InlineData("Arnor recently called Gondor .", "098")]
    [InlineData("Arnor called Gondor upon .", "010")]
    [InlineData("Arnor recently then called Gondor .", "010")]
    public void Words_joined_to_the_verb_in_the_original_format_stand_right_next_to_it(string sentence, string code)
    {
        var forms = sentence.Split(' ');
        var verb = Array.IndexOf(forms, "called") + 1;
        var lines = forms.Select((form, i) =>
        {
            var id = i + 1;
            var (lemma, upos, head, relation) = form switch
            {
                "called" => ("call", "VERB", 0, "root"),
                "Arnor" => (form, "PROPN", verb, "nsubj"),
                "Gondor" => (form, "PROPN", verb, forms[i - 1] == "upon" ? "obl" : "obj"),
                "upon" => (form, "ADP", forms[i - 1] == "called" ? id + 1 : verb, forms[i - 1] == "called" ? "case" : "compound:prt"),
                "." => (form, "PUNCT", verb, "punct"),
                _ => (form, "ADV", verb, "advmod"),
            };
            return $"{id}\t{form}\t{lemma}\t{upos}\t_\t_\t{head}\t{relation}\t_\t_";
        });
        var d = Parsed.FromConllu(string.Join('\n', lines) + "\n\n");
        var reading = Readings(d, "call")[0];
        Assert.Equal(code, reading.Cameo.Value);
    }

    [Theory]
    [InlineData("in", "045", "Gondor")]
    [InlineData("at", "044", "Eriador")]
    public void A_skip_after_a_preposition_passes_over_phrases_to_the_target(string preposition, string code, string target)
    {
        var d = Parsed.FromConllu($"""
            1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
            2	celebrated	celebrate	VERB	VBD	_	0	root	_	_
            3	Iftar	Iftar	PROPN	NNP	_	2	obj	_	_
            4	{preposition}	{preposition}	ADP	IN	_	5	case	_	_
            5	Osgiliath	Osgiliath	PROPN	NNP	_	2	obl	_	_
            6	with	with	ADP	IN	_	7	case	_	_
            7	Gondor	Gondor	PROPN	NNP	_	2	obl	_	_
            8	near	near	ADP	IN	_	9	case	_	_
            9	Eriador	Eriador	PROPN	NNP	_	7	nmod	_	_
            10	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var reading = Readings(d, "celebrate")[0];
        Assert.Equal(code, reading.Cameo.Value);
        Assert.Equal(target, d.Form(Assert.Single(reading.TargetHeads!)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_skip_after_the_verb_needs_an_object_to_skip(bool withObject)
    {
        // "Arnor returned the crown to Gondor" gives it back; "Arnor returned to Gondor" goes there.
        var words = new List<(string Form, string Lemma, string Upos, string Xpos, int Head, string Relation)>
        {
            ("Arnor", "Arnor", "PROPN", "NNP", 2, "nsubj"), ("returned", "return", "VERB", "VBD", 0, "root"),
        };
        if (withObject)
        {
            words.Add(("crown", "crown", "NOUN", "NN", 2, "obj"));
        }

        var to = words.Count + 1;
        words.Add(("to", "to", "ADP", "IN", to + 1, "case"));
        words.Add(("Gondor", "Gondor", "PROPN", "NNP", 2, "obl"));
        words.Add((".", ".", "PUNCT", ".", 2, "punct"));
        var d = Parsed.FromConllu(string.Join('\n', words.Select((w, i) => $"{i + 1}\t{w.Form}\t{w.Lemma}\t{w.Upos}\t{w.Xpos}\t_\t{w.Head}\t{w.Relation}\t_\t_")) + "\n\n");
        var readings = Readings(d, "return");
        Assert.Equal(withObject, readings.Any(r => r.Cameo.Value == "0842" && r.TargetHeads is [var t] && d.Form(t) == "Gondor"));
    }

    [Theory]
    [InlineData("lack", "110")]
    [InlineData("absence", "110")]
    [InlineData("level", "032")]
    public void What_a_privative_noun_says_is_missing_is_not_what_the_pattern_names(string noun, string code)
    {
        // "Bree expressed a lack of support": no support is expressed; "a level of support" is.
        var d = Parsed.FromConllu($"""
            1	Bree	Bree	PROPN	NNP	_	2	nsubj	_	_
            2	expressed	express	VERB	VBD	_	0	root	_	_
            3	a	a	DET	DT	_	4	det	_	_
            4	{noun}	{noun}	NOUN	NN	_	2	obj	_	_
            5	of	of	ADP	IN	_	6	case	_	_
            6	support	support	NOUN	NN	_	4	nmod	_	_
            7	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var readings = Readings(d);
        Assert.Equal(code, Assert.Single(readings).Cameo.Value);
    }

    [Fact]
    public void Of_equally_specific_patterns_the_one_naming_the_object_is_read()
    {
        // "Bree opened fire across the border": the object is fire (193), the border only where (080 comes first).
        var d = Parsed.FromConllu("""
            1	Bree	Bree	PROPN	NNP	_	2	nsubj	_	_
            2	opened	open	VERB	VBD	_	0	root	_	_
            3	fire	fire	NOUN	NN	_	2	obj	_	_
            4	across	across	ADP	IN	_	6	case	_	_
            5	the	the	DET	DT	_	6	det	_	_
            6	border	border	NOUN	NN	_	2	obl	_	_
            7	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var readings = Readings(d);
        Assert.Equal("193", readings[0].Cameo.Value);
    }

    /// <summary>The readings of the first sentence's predicate (the one with <paramref name="lemma"/>, or its only one) by the test dictionary.</summary>
    private static IReadOnlyList<EventReading> Readings(Document d, string? lemma = null)
    {
        var tree = new SentenceTree(d, d.Sentences[0]);
        var predicate = PredicateFinder.Find(tree).Single(p => lemma is null || p.Lemma == lemma);
        return new DictionaryEventLexicon(Dictionary(), null).ReadPredicate(tree, predicate, _ => true, _ => false);
    }

    private static Annalist.Knowledge.Verbs.VerbDictionary Dictionary() =>
        PetrarchVerbReader.Read(Verbs.Split('\n').Select((l, i) => (i + 1, l)), "T", "t.verbs", new SourceFileReport("t.verbs", "verbs"));
}
