using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

public sealed class ClaimAnalyzerTests
{
    [Fact]
    public void The_act_an_accusation_alleges_is_alleged_and_claimed_by_every_accuser()
    {
        var d = Parsed.FromSpec("seed-accuse.conllu");
        var (analyzer, predicates) = Analyze(d, ("States", "USA", ActorMention.State), ("Korea", "KOR", ActorMention.State), ("Pyongyang", "PRK", ActorMention.State));
        var send = analyzer.Analyze(predicates.Single(p => p.Lemma == "send"));
        Assert.Equal(EventStatus.Alleged, send.Status);
        Assert.Equal(["USA", "KOR"], send.ClaimedBy.Select(c => c.Code));
        var help = analyzer.Analyze(predicates.Single(p => p.Lemma == "help"));
        Assert.Equal(EventStatus.Alleged, help.Status);
        var accuse = analyzer.Analyze(predicates.Single(p => p.Lemma == "accuse"));
        Assert.Equal(EventStatus.Asserted, accuse.Status);
        Assert.Empty(accuse.ClaimedBy);
    }

    [Fact]
    public void In_a_passive_accusation_the_accused_does_the_act_and_the_agent_alleges_it()
    {
        var d = Parsed.FromConllu("""
            1	Israel	Israel	PROPN	NNP	_	3	nsubj:pass	_	_
            2	was	be	AUX	VBD	_	3	aux:pass	_	_
            3	accused	accuse	VERB	VBN	_	0	root	_	_
            4	by	by	ADP	IN	_	5	case	_	_
            5	Syria	Syria	PROPN	NNP	_	3	obl:agent	_	_
            6	of	of	SCONJ	IN	_	7	mark	_	_
            7	violating	violate	VERB	VBG	_	3	advcl	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	ceasefire	ceasefire	NOUN	NN	_	7	obj	_	_
            10	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var (analyzer, predicates) = Analyze(d, ("Israel", "ISR", ActorMention.State), ("Syria", "SYR", ActorMention.State));
        var violate = predicates.Single(p => p.Lemma == "violate");
        Assert.Equal([d.Token("Israel")], violate.Subjects);
        var claim = analyzer.Analyze(violate);
        Assert.Equal(EventStatus.Alleged, claim.Status);
        Assert.Equal(["SYR"], claim.ClaimedBy.Select(c => c.Code));
    }

    [Fact]
    public void A_speaker_in_parataxis_claims_the_main_clause()
    {
        var d = Parsed.FromSpec("seed-supply.conllu");
        var (analyzer, predicates) = Analyze(d, ("Russia", "RUS", ActorMention.State), ("Korea", "PRK", ActorMention.State), ("Shin", "KORGOV", ActorMention.Person));
        var supply = analyzer.Analyze(predicates.Single(p => p.Lemma == "supply"));
        Assert.Equal(EventStatus.Asserted, supply.Status);
        Assert.Equal(["KORGOV"], supply.ClaimedBy.Select(c => c.Code));
        var send = analyzer.Analyze(predicates.Single(p => p.Lemma == "send"));
        Assert.Equal(["KORGOV"], send.ClaimedBy.Select(c => c.Code));
    }

    [Fact]
    public void An_outlet_that_reported_is_a_reporter_not_a_claimant_and_carries_down()
    {
        var d = Parsed.FromSpec("seed-kcna.conllu");
        var (analyzer, predicates) = Analyze(d, ("Kim", "PRKGOV", ActorMention.Person), ("States", "USA", ActorMention.State), ("KCNA", "PRKMED", ActorMention.Media));
        var accuse = analyzer.Analyze(predicates.Single(p => p.Lemma == "accuse"));
        Assert.Empty(accuse.ClaimedBy);
        Assert.Equal(["PRKMED"], accuse.ReportedBy.Select(c => c.Code));
        var increase = analyzer.Analyze(predicates.Single(p => p.Lemma == "increase"));
        Assert.Equal(EventStatus.Alleged, increase.Status);
        Assert.Equal(["PRKGOV"], increase.ClaimedBy.Select(c => c.Code));
        Assert.Equal(["PRKMED"], increase.ReportedBy.Select(c => c.Code));
    }

    [Fact]
    public void A_treaty_obligation_in_the_event_of_an_attack_is_conditional()
    {
        var d = Parsed.FromSpec("seed-treaty.conllu");
        var (analyzer, predicates) = Analyze(d);
        Assert.Equal(EventStatus.Conditional, analyzer.Analyze(predicates.Single(p => p.Lemma == "provide")).Status);
    }

    [Fact]
    public void Calls_to_act_and_could_are_not_acts()
    {
        var d = Parsed.FromSpec("seed-policy.conllu");
        var (analyzer, predicates) = Analyze(d);
        Assert.Equal(EventStatus.Intended, analyzer.Analyze(predicates.Single(p => p.Lemma == "send")).Status);
        Assert.Equal(EventStatus.Hypothetical, analyzer.Analyze(predicates.Single(p => p.Lemma == "change")).Status);
        Assert.Equal(EventStatus.Asserted, analyzer.Analyze(predicates.Single(p => p.Lemma == "resist")).Status);
    }

    [Theory]
    [InlineData("stopped", "stop", "from", "negated")]
    [InlineData("banned", "ban", "from", "negated")]
    [InlineData("stopped", "stop", "after", "asserted")]
    [InlineData("warned", "warn", "against", "hypothetical")]
    public void An_act_someone_is_kept_from_did_not_happen(string form, string lemma, string marker, string status)
    {
        // "Police stopped protesters from marching to the parliament": the march was kept from happening.
        var d = Parsed.FromConllu($"""
            1	Police	police	NOUN	NNS	_	2	nsubj	_	_
            2	{form}	{lemma}	VERB	VBD	_	0	root	_	_
            3	protesters	protester	NOUN	NNS	_	2	obj	_	_
            4	{marker}	{marker}	SCONJ	IN	_	5	mark	_	_
            5	marching	march	VERB	VBG	_	2	advcl	_	_
            6	to	to	ADP	IN	_	8	case	_	_
            7	the	the	DET	DT	_	8	det	_	_
            8	parliament	parliament	NOUN	NN	_	5	obl	_	_
            9	.	.	PUNCT	.	_	2	punct	_	_

            """);
        var (analyzer, predicates) = Analyze(d);
        var march = analyzer.Analyze(predicates.Single(p => p.Lemma == "march"));
        Assert.Equal(status, march.Status.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("stopped", "stop", "to protest", "asserted")]
    [InlineData("halted", "halt", "to protest", "asserted")]
    [InlineData("refused", "refuse", "to protest", "negated")]
    [InlineData("stopped", "stop", "protesting", "negated")]
    public void A_to_infinitive_after_a_verb_of_stopping_is_a_purpose_that_happened(string form, string lemma, string complement, string status)
    {
        // "The dockers stopped work to protest against the port authority": the stoppage is the protest, it did not
        // stop one; "refused to protest" and "stopped protesting" say no protest happened.
        var words = new List<string> { $"1\tDockers\tdocker\tNOUN\tNNS\t_\t2\tnsubj\t_\t_", $"2\t{form}\t{lemma}\tVERB\tVBD\t_\t0\troot\t_\t_" };
        var infinitive = complement.StartsWith("to ", StringComparison.Ordinal);
        if (infinitive)
        {
            words.Add("3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_");
        }

        var verb = words.Count + 1;
        words.Add($"{verb}\t{complement.Split(' ')[^1]}\tprotest\tVERB\t{(infinitive ? "VB" : "VBG")}\t_\t2\txcomp\t_\t_");
        words.Add($"{verb + 1}\tagainst\tagainst\tADP\tIN\t_\t{verb + 3}\tcase\t_\t_");
        words.Add($"{verb + 2}\tthe\tthe\tDET\tDT\t_\t{verb + 3}\tdet\t_\t_");
        words.Add($"{verb + 3}\tauthority\tauthority\tNOUN\tNN\t_\t{verb}\tobl\t_\t_");
        words.Add($"{verb + 4}\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_");
        var d = Parsed.FromConllu(string.Join("\n", words) + "\n\n");
        var (analyzer, predicates) = Analyze(d);
        Assert.Equal(status, analyzer.Analyze(predicates.Single(p => p.Lemma == "protest")).Status.ToString().ToLowerInvariant());
    }

    [Theory]
    [InlineData("Zembla will not keep the ban until Ruritania frees the prisoners .", "conditional")]
    [InlineData("Zembla will keep the ban until Ruritania frees the prisoners .", "conditional")]
    [InlineData("Zembla kept the ban until Ruritania freed the prisoners .", "asserted")]
    public void What_an_act_not_done_or_yet_to_be_done_waits_on_is_its_condition(string sentence, string status)
    {
        // "Zembla will keep its embargo until Ruritania frees the prisoners": the freeing is what keeping it waits on, not
        // an act that happened; "Zembla kept the ban until Ruritania freed the prisoners" says both happened.
        var words = sentence.Split(' ');
        var keep = Array.FindIndex(words, w => w.StartsWith("ke", StringComparison.Ordinal));
        var free = Array.FindIndex(words, w => w.StartsWith("free", StringComparison.Ordinal));
        string Row(int i)
        {
            var (lemma, upos, xpos, head, relation) = words[i] switch
            {
                "Zembla" or "Ruritania" => (words[i], "PROPN", "NNP", i < keep ? keep : free, "nsubj"),
                "will" => ("will", "AUX", "MD", keep, "aux"),
                "not" => ("not", "PART", "RB", keep, "advmod"),
                "keep" or "kept" => ("keep", "VERB", words[i] == "keep" ? "VB" : "VBD", -1, "root"),
                "the" => ("the", "DET", "DT", i + 1, "det"),
                "ban" => ("ban", "NOUN", "NN", keep, "obj"),
                "until" => ("until", "SCONJ", "IN", free, "mark"),
                "frees" or "freed" => ("free", "VERB", words[i] == "frees" ? "VBZ" : "VBD", keep, "advcl"),
                "prisoners" => ("prisoner", "NOUN", "NNS", free, "obj"),
                _ => (".", "PUNCT", ".", keep, "punct"),
            };
            return $"{i + 1}\t{words[i]}\t{lemma}\t{upos}\t{xpos}\t_\t{head + 1}\t{relation}\t_\t_";
        }

        var d = Parsed.FromConllu(string.Join("\n", Enumerable.Range(0, words.Length).Select(Row)) + "\n\n");
        var (analyzer, predicates) = Analyze(d);
        Assert.Equal(status, analyzer.Analyze(predicates.Single(p => p.Lemma == "free")).Status.ToString().ToLowerInvariant());
    }

    [Fact]
    public void An_ordered_act_is_requested_not_done()
    {
        // "The junta ordered French troops to leave the country": the leaving is demanded of the troops.
        var d = Parsed.FromConllu("""
            1	The	the	DET	DT	_	2	det	_	_
            2	junta	junta	NOUN	NN	_	3	nsubj	_	_
            3	ordered	order	VERB	VBD	_	0	root	_	_
            4	French	French	ADJ	JJ	_	5	amod	_	_
            5	troops	troop	NOUN	NNS	_	3	obj	_	_
            6	to	to	PART	TO	_	7	mark	_	_
            7	leave	leave	VERB	VB	_	3	xcomp	_	_
            8	the	the	DET	DT	_	9	det	_	_
            9	country	country	NOUN	NN	_	7	obj	_	_
            10	.	.	PUNCT	.	_	3	punct	_	_

            """);
        var (analyzer, predicates) = Analyze(d);
        var leave = analyzer.Analyze(predicates.Single(p => p.Lemma == "leave"));
        Assert.Equal((EventStatus.Intended, Intention.Requested), (leave.Status, leave.Intention));
    }

    private static (ClaimAnalyzer Analyzer, List<Predicate> Predicates) Analyze(Document d, params (string Form, string Code, ActorKind Kind)[] actors)
    {
        var tree = new SentenceTree(d, d.Sentences[0]);
        var predicates = PredicateFinder.Find(tree);
        var mentions = actors.ToDictionary(
            a => d.Token(a.Form),
            a => new ActorMention(new TokenRange(d.Token(a.Form), d.Token(a.Form) + 1), a.Code, a.Code[..3], a.Code.Length > 3 ? a.Code[3..] : string.Empty, a.Kind, null));
        IReadOnlyList<ActorMention> Resolve(int head) => tree.WithConjuncts(head).Where(mentions.ContainsKey).Select(h => mentions[h]).ToList();
        return (new ClaimAnalyzer(tree, predicates, Resolve), predicates);
    }
}
