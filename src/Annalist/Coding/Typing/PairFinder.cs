using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Typing;

/// <summary>
/// Which actor mentions the event-typing model is asked about, read off the parse: the clause subjects that may lead a
/// silent pair, the mentions a rule event's predicate governs that may complete its missing recipient, and the noun
/// phrase a mention stands in (two mentions of one phrase are one party).
/// </summary>
internal static class PairFinder
{
    /// <summary>At most this many actors of a sentence are paired, and this many recipients tried for one event.</summary>
    public const int MaxActors = 3;

    private static readonly WordClass CraftNouns = CodingRules.Shipped.Words("craft-nouns");

    private static readonly WordClass Locative = CodingRules.Shipped.Words("locative");

    private static readonly WordClass PoliticalSectors = CodingRules.Shipped.Words("political-sectors");

    /// <summary>
    /// The ordered pairs of a sentence's actors the model may type: up to <see cref="MaxActors"/> distinct parties
    /// (open actors without a code only <paramref name="withOpen"/>), each pair led by a clause subject or passive
    /// agent, since the actor of an event is one (in a sentence the parser gave no subject at all, a headline read as a
    /// noun phrase, any); never two mentions of one party or of one phrase.
    /// </summary>
    public static IEnumerable<(ActorMention Actor, ActorMention Recipient)> SentencePairs(Document document, Sentence sentence, IReadOnlyList<ActorMention> mentions, bool withOpen)
    {
        var towns = TownsIn(document, document.SentenceOf(sentence.Tokens.Start));
        var found = mentions.Where(m => IsCandidate(m) && (withOpen || m.Code.Length > 0) && !DescribesThing(document, m, mentions) && !TownWhereActed(document, m, towns))
            .DistinctBy(m => m.Tokens).Take(MaxActors).ToList();
        var leaders = (HasSubject(document, sentence) ? found.Where(m => IsClauseSubject(document, m.Tokens)) : found).Where(m => !IsCraft(document, m.Tokens)).ToList();
        foreach (var a in leaders)
        {
            foreach (var b in found)
            {
                if (!ReferenceEquals(a, b) && Distinct(a, b) && PhraseHead(document, a.Tokens) != PhraseHead(document, b.Tokens) && !OnePhrase(document, a.Tokens, b.Tokens)
                    && !CountryAndItsOwn(a, b) && !OwnedRole(document, b))
                {
                    yield return (a, b);
                }
            }
        }
    }

    /// <summary>Every pair the typing stage could ask about in a coded document (<see cref="EventTypingStage.AskablePairs"/>).</summary>
    public static IEnumerable<(TextRange Actor, TextRange Recipient)> AskablePairs(Document document)
    {
        var events = document.GetExtension<DocumentEvents>()?.Events ?? [];
        var actors = document.GetExtension<SentenceActors>()?.BySentence ?? [];
        var seen = new HashSet<(TextRange, TextRange)>();
        for (var s = 0; s < actors.Count && s < document.Sentences.Count; s++)
        {
            foreach (var (a, b) in SentencePairs(document, document.Sentences[s], actors[s], withOpen: true))
            {
                var pair = (document.RangeOf(a.Tokens), document.RangeOf(b.Tokens));
                if (seen.Add(pair))
                {
                    yield return pair;
                }
            }
        }

        foreach (var e in events.Where(e => e.SentenceIndex < actors.Count && e.Actor.Text.Length > 0))
        {
            foreach (var m in RecipientCandidates(document, e, actors[e.SentenceIndex]))
            {
                var pair = (e.Actor.Range, document.RangeOf(m.Tokens));
                if (seen.Add(pair))
                {
                    yield return pair;
                }
            }
        }
    }

    /// <summary>
    /// The actor mentions of a rule event's sentence that could be the recipient it lacks: those its predicate governs
    /// other than through a subject ("condemned the regime's attacks", "opened an investigation into the death of X"),
    /// the object of a trigger phrase included ("free 1,500 prisoners") and the parties of the clause it governs as its
    /// content ("demanded that the minister appear", "claimed that the church imprisoned her"), apart from the actor itself.
    /// </summary>
    public static IEnumerable<ActorMention> RecipientCandidates(Document document, CodedEvent e, IReadOnlyList<ActorMention> mentions)
    {
        var trigger = e.Evidence.Trigger;
        var seen = 0;
        foreach (var m in mentions.DistinctBy(m => m.Tokens))
        {
            if (!IsCandidate(m) || seen >= MaxActors)
            {
                continue;
            }

            var range = document.RangeOf(m.Tokens);
            var same = m.Code.Length > 0 ? m.Code == e.Actor.Code && !TwoPeople(document, m, e.Actor) : string.Equals(m.Name, e.Actor.Text, StringComparison.OrdinalIgnoreCase);
            if (!same && !range.Overlaps(e.Actor.Range) && !OwnedRole(document, m) && !OwnForces(e, m) && !KindOfThing(document, m, mentions) && Governed(document, m.Tokens, trigger))
            {
                seen++;
                yield return m;
            }
        }
    }

    /// <summary>
    /// "Norway sent two inspectors to Kenya to investigate the fire", "Kenya sent a group of inspectors to Uganda to
    /// negotiate": the party a purpose clause's governor sends, brings or goes to is whom the purpose is aimed at, as if
    /// the clause governed it (the coded mentions in a to- or into-phrase of the verb whose to-infinitive purpose the
    /// event's trigger is, or of that verb's object), apart from the actor itself.
    /// </summary>
    public static IEnumerable<ActorMention> PurposeDestinations(Document document, CodedEvent e, IReadOnlyList<ActorMention> mentions)
    {
        var sentence = document.Sentences[e.SentenceIndex].Tokens;
        var verb = -1;
        for (var t = sentence.Start; t < sentence.End && verb < 0; t++)
        {
            if (InRange(document, t, e.Evidence.Trigger) && !InRange(document, document.Head(t), e.Evidence.Trigger) && document.Upos(t) == "VERB")
            {
                verb = t;
            }
        }

        var governor = verb < 0 ? -1 : document.Head(verb);
        if (governor < 0 || document.Deprel(verb) is not ("advcl" or "xcomp") || document.Upos(governor) != "VERB"
            || !Enumerable.Range(sentence.Start, verb - sentence.Start).Any(t => document.Head(t) == verb && document.Deprel(t) == "mark" && document.Form(t).Equals("to", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }

        foreach (var m in mentions.DistinctBy(m => m.Tokens))
        {
            var head = document.HeadOf(m.Tokens);
            var attached = document.Head(head);
            var destination = attached == governor && document.Deprel(head) == "obl"
                || attached >= 0 && document.Head(attached) == governor && document.Deprel(attached) == "obj" && document.Deprel(head) == "nmod"; // "sent a group of inspectors to Uganda"
            if (IsCandidate(m) && destination && !document.RangeOf(m.Tokens).Overlaps(e.Actor.Range)
                && m.Code != e.Actor.Code && DestinationMarker(document, head))
            {
                yield return m;
            }
        }
    }

    /// <summary>Whether a token (a head index, -1 for none) lies inside a text range, such as an event's trigger.</summary>
    private static bool InRange(Document document, int token, TextRange range) =>
        token >= 0 && document.TokenStart(token) >= range.Start && document.TokenEnd(token) <= range.End;

    /// <summary>Whether a nominal's preposition says where something goes ("to Saudi Arabia", "into Libya").</summary>
    private static bool DestinationMarker(Document document, int nominal)
    {
        for (var t = nominal - 1; t >= 0 && t >= nominal - 4; t--)
        {
            if (document.Head(t) == nominal && document.Deprel(t) == "case")
            {
                return document.Form(t).ToLowerInvariant() is "to" or "into";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention is forces no country is named for, acted on by a coded party in an act that is neither
    /// force or coercion (codes.tsv force, falls-on: "shelled soldiers", "detained soldiers") nor words said to them (speaks-to):
    /// "Uganda will withdraw troops", "decided to deploy soldiers" move their own forces, which the rules leave out as
    /// what the act is done with (Participants.RoleTargets).
    /// </summary>
    private static bool OwnForces(CodedEvent e, ActorMention m)
    {
        if (m.Country.Length > 0 || m.Code != "MIL" || e.Actor.Code.Length == 0)
        {
            return false;
        }

        var code = CameoCode.Parse(e.Cameo);
        return !CodingRules.Shipped.Has(code, CodeProperty.Force) && !CodingRules.Shipped.Has(code, CodeProperty.FallsOn) && !CodingRules.Shipped.Has(code, CodeProperty.SpeaksTo);
    }

    /// <summary>
    /// The coded actors of a rule event's sentence its predicate does not govern that could still be the recipient it
    /// lacks ("agreed to let aid convoys cross into Zembla"), besides the <paramref name="governed"/> ones
    /// (<see cref="RecipientCandidates"/>, already asked): the model needs <see cref="TypingThresholds.CompleteElsewhere"/>
    /// for one of them.
    /// </summary>
    public static IEnumerable<ActorMention> RecipientsElsewhere(Document document, CodedEvent e, IReadOnlyList<ActorMention> mentions, IReadOnlyList<ActorMention> governed)
    {
        var actorPhrase = mentions.FirstOrDefault(a => e.Actor.StandsFor(document.RangeOf(a.Tokens))) is { } actor ? PhraseHead(document, actor.Tokens) : -1;
        var seen = governed.Count;
        foreach (var m in mentions.DistinctBy(m => m.Tokens))
        {
            if (!IsCandidate(m) || m.Code.Length == 0 || seen >= MaxActors || governed.Contains(m))
            {
                continue;
            }

            var range = document.RangeOf(m.Tokens);
            if (m.Code != e.Actor.Code && !range.Overlaps(e.Actor.Range) && PhraseHead(document, m.Tokens) != actorPhrase && !OwnedRole(document, m) && !OwnForces(e, m)
                && !KindOfThing(document, m, mentions) && !ActsElsewhere(document, m.Tokens))
            {
                seen++;
                yield return m;
            }
        }
    }

    /// <summary>
    /// Whether the mention is the doer of a clause of its own (its subject or passive agent: "industry experts say ...",
    /// "killed by the Pentagon"): a party acting in another clause is no recipient of this one, unless that clause is the
    /// condition this act waits on ("refused to lift its embargo until Zembla frees the prisoners").
    /// </summary>
    private static bool ActsElsewhere(Document document, TokenRange tokens)
    {
        var head = PhraseHead(document, tokens);
        if (!IsDoer(document.Deprel(head) ?? string.Empty) || document.Head(head) is not (var verb and >= 0))
        {
            return false;
        }

        var sentence = document.Sentences[document.SentenceOf(verb)].Tokens;
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            if (document.Head(t) == verb && document.Deprel(t) == "mark" && FramingVerbs.AwaitedConditions.Contains(document.Lemma(t) ?? string.Empty))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a mention is a role a possessive pronoun owns ("withdraw its troops", "recalled their ambassadors"): the
    /// actor's own people, as a rule, and no recipient of its act; the pronoun says whose they are, not whom the act meets.
    /// So is a place or thing no dictionary names ("fired a missile into the sea off its east coast").
    /// </summary>
    public static bool OwnedRole(Document document, ActorMention m)
    {
        if (!m.IsBareRole && m.Kind != ActorKind.Unresolved)
        {
            return false;
        }

        var head = document.HeadOf(m.Tokens);
        var sentence = document.Sentences[document.SentenceOf(head)].Tokens;
        for (var t = sentence.Start; t < sentence.End; t++)
        {
            if (document.Head(t) == head && document.Deprel(t) == "nmod:poss" && document.Upos(t) == "PRON")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Two people of one code are two parties when one does not name the other's surname ("President Thabo Mbeki
    /// released his deputy Jacob Zuma": both ZAFGOV); "Mbeki" after "President Thabo Mbeki" is the same one.
    /// </summary>
    private static bool TwoPeople(Document document, ActorMention m, EventParticipant actor)
    {
        if (m.Kind != ActorMention.Person || actor.Kind != ActorKinds.Name(ActorMention.Person) || m.Tokens.IsEmpty)
        {
            return false;
        }

        var surname = actor.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => char.IsUpper(w[0]));
        if (surname is null)
        {
            return false;
        }

        if (actor.Text.Contains(document.Form(m.Tokens.End - 1), StringComparison.Ordinal))
        {
            return false; // "Mbeki" after "President Thabo Mbeki"
        }

        for (var t = m.Tokens.Start; t < m.Tokens.End; t++)
        {
            if (document.Form(t) == surname)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Relations that join another clause: a recipient is not looked for across them.</summary>
    private static readonly HashSet<string> ClauseLinks = new(StringComparer.Ordinal)
    {
        "advcl", "ccomp", "parataxis", "conj", "acl:relcl", "list", "discourse", "vocative", "dislocated", "reparandum", "orphan",
    };

    /// <summary>Whether a mention's head lies below a trigger token within six steps, through no subject of the trigger and no other clause than the trigger's own complement.</summary>
    private static bool Governed(Document document, TokenRange tokens, TextRange trigger)
    {
        var t = document.HeadOf(tokens);

        if (InTrigger(t) && !InTrigger(document.Head(t)))
        {
            return false; // the trigger's own head ("criticism from the U.N.")
        }

        for (var steps = 0; t >= 0 && steps < 6; steps++)
        {
            var head = document.Head(t);
            if (head < 0)
            {
                return false;
            }

            var relation = document.Deprel(t) ?? string.Empty;
            var subject = relation.StartsWith("nsubj", StringComparison.Ordinal) || relation.StartsWith("csubj", StringComparison.Ordinal) || relation == "obl:agent";
            if (subject && InTrigger(head) || ClauseLinks.Contains(relation) && !(relation == "conj" && Nominal(t) && Nominal(head)) && !(relation == "ccomp" && InTrigger(head)))
            {
                return false; // the trigger's own subject, or another clause (nouns conjoined to a noun are one phrase; the trigger's own complement is its content: "demanded that the minister appear")
            }

            if (InTrigger(head))
            {
                return true;
            }

            t = head;
        }

        return false;

        bool Nominal(int token) => document.Upos(token) is "NOUN" or "PROPN" or "PRON";

        bool InTrigger(int token) => InRange(document, token, trigger);
    }


    /// <summary>
    /// The head of the noun phrase a mention stands in, through the relations that build one ("President Barack Obama's
    /// administration", "the U.S. economy"): two mentions of one phrase are one party, never a pair.
    /// </summary>
    public static int PhraseHead(Document document, TokenRange tokens)
    {
        var t = document.HeadOf(tokens);

        for (var steps = 0; steps < 6 && document.Head(t) >= 0 && document.Deprel(t) is "compound" or "amod" or "nmod:poss" or "flat" or "appos" or "nmod:desc"; steps++)
        {
            t = document.Head(t);
        }

        return t;
    }

    /// <summary>
    /// Whether one mention is a modifier inside the other's noun phrase ("pregnant women in Australia", "the premier of the
    /// German state", "Tony Clement, Canada's Minister of Industry"): its head reaches the other's phrase head through
    /// nominal modifiers, compounds, names and appositions alone. A party and what describes it are no two parties of
    /// an event; an act between them needs a predicate, which the rules read ("an attack by X on Y" is an event noun's).
    /// </summary>
    public static bool OnePhrase(Document document, TokenRange a, TokenRange b) => Inside(document, a, b) || Inside(document, b, a);

    private static bool Inside(Document document, TokenRange inner, TokenRange outer)
    {
        var target = PhraseHead(document, outer);
        var t = document.HeadOf(inner);
        for (var steps = 0; steps < 6 && t >= 0; steps++)
        {
            var relation = document.Deprel(t) ?? string.Empty;
            if (!(relation is "compound" or "amod" or "flat" or "appos" or "nmod" || relation.StartsWith("nmod:", StringComparison.Ordinal) || relation.StartsWith("compound:", StringComparison.Ordinal) || relation.StartsWith("flat:", StringComparison.Ordinal)))
            {
                return false;
            }

            t = document.Head(t);
            if (t == target || t >= outer.Start && t < outer.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a mention is a party of political event data: a state named as such, or an actor with a sector of the
    /// word class <c>political-sectors</c> in its code (government, military, police, courts, legislatures, opposition,
    /// rebels, parties, international and non-governmental organisations) — not a town the dictionary reads as its
    /// country ("Houston", "Seattle"), a company, the public or a profession. A silent pair of two such parties may be
    /// coded at a lower probability (typing.json <c>silent_political</c>): the model reads a relation into any two
    /// parties, and business and sports news, where most such pairs state none, name few political ones.
    /// </summary>
    public static bool IsPolitical(Document document, ActorMention m)
    {
        for (var k = 0; k + 3 <= m.Code.Length; k += 3)
        {
            if (PoliticalSectors.Contains(m.Code.Substring(k, 3)))
            {
                return true;
            }
        }

        return m.Kind == ActorMention.State && m.Code.Length == 3 && m.Code == m.Country && !NamesTown(document, m);
    }

    private static bool NamesTown(Document document, ActorMention m) => TownsIn(document, document.SentenceOf(m.Tokens.Start)).Any(t => t.Overlaps(m.Tokens));

    /// <summary>The tokens of the gazetteer places of the sentence at <paramref name="index"/> that are no country (towns, regions).</summary>
    private static List<TokenRange> TownsIn(Document document, int index)
    {
        var all = document.GetExtension<Places.PlaceMentions>()?.BySentence;
        return all is null || index < 0 || index >= all.Count ? [] : all[index].Where(p => !p.Best.IsCountry).Select(p => p.Tokens).ToList();
    }

    /// <summary>
    /// Whether a mention is a town in a locative phrase ("faced South Korea at the Nizhny Novgorod Stadium", "convening
    /// the committee in Geneva"): where something happens, no party the model may pair.
    /// </summary>
    private static bool TownWhereActed(Document document, ActorMention m, IReadOnlyList<TokenRange> towns) =>
        towns.Any(t => t.Overlaps(m.Tokens)) && Locative.Contains(PairFeatures.CaseOf(document, PhraseHead(document, m.Tokens), reach: int.MaxValue));

    /// <summary>
    /// Whether a mention is a nationality adjective describing a thing no mention names ("the Russian economy", "the
    /// French Cac index", "Chinese stock exchanges"): no party. An adjective of a party's noun stays ("Japanese and
    /// Australian armies").
    /// </summary>
    private static bool DescribesThing(Document document, ActorMention m, IReadOnlyList<ActorMention> mentions)
    {
        var head = document.HeadOf(m.Tokens);
        if (document.Upos(head) != "ADJ")
        {
            return false;
        }

        var governor = document.Head(head);
        while (governor >= 0 && document.Deprel(governor) == "conj" && document.Upos(governor) == "ADJ")
        {
            governor = document.Head(governor); // "Japanese and Australian armies"
        }

        return governor >= 0 && document.Upos(governor) is "NOUN" or "PROPN" && !mentions.Any(o => o.Tokens.Contains(governor));
    }

    /// <summary>
    /// Whether a mention is a bare role named only by an adjective on a thing no mention names ("exchange technology in
    /// the military sector", "provided military aid"): it says what kind of thing, not who, and is no recipient a rule
    /// event may be completed with (a nationality on a role stays: "met his Iranian counterpart").
    /// </summary>
    private static bool KindOfThing(Document document, ActorMention m, IReadOnlyList<ActorMention> mentions) =>
        m.IsBareRole && DescribesThing(document, m, mentions);

    /// <summary>A country and a party of its own ("France" and "Paris", "the Russian Government" and "Russian"): no two parties of an event the model adds.</summary>
    private static bool CountryAndItsOwn(ActorMention a, ActorMention b) =>
        a.Country.Length > 0 && a.Country == b.Country && (a.Code == a.Country || b.Code == b.Country);

    /// <summary>Whether the mention names a civilian craft ("the jetliner crashed, killing 228 people"): hit by others, it never leads a pair (word class craft-nouns).</summary>
    public static bool IsCraft(Document document, TokenRange tokens) =>
        !tokens.IsEmpty && CraftNouns.Contains(document.Lemma(tokens.End - 1) ?? document.Form(tokens.End - 1).ToLowerInvariant());

    /// <summary>Whether the mention heads the subject or passive agent of a clause, or is conjoined to, a modifier of or a name inside one ("Members of the Association").</summary>
    public static bool IsClauseSubject(Document document, TokenRange tokens)
    {
        for (var t = tokens.Start; t < tokens.End; t++)
        {
            var head = document.Head(t);
            if (head >= tokens.Start && head < tokens.End)
            {
                continue; // inside the mention
            }

            for (var (token, steps) = (t, 0); token >= 0 && steps < 5; (token, steps) = (document.Head(token), steps + 1))
            {
                var relation = document.Deprel(token) ?? string.Empty;
                if (IsDoer(relation))
                {
                    return true;
                }

                if (relation is not ("conj" or "nmod" or "nmod:poss" or "compound" or "appos" or "flat" or "amod"))
                {
                    return false;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>A clause subject's or passive agent's relation: the one who does the clause's act.</summary>
    private static bool IsDoer(string relation) => relation.StartsWith("nsubj", StringComparison.Ordinal) || relation == "obl:agent";

    public static bool HasSubject(Document document, Sentence sentence)
    {
        for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
        {
            if ((document.Deprel(t) ?? string.Empty).StartsWith("nsubj", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A named or open party: no unnamed actor, no outlet, and a code unless the mention is an open actor.</summary>
    public static bool IsCandidate(ActorMention m) => !m.IsUnknown && m.Kind != ActorMention.Media && (m.Code.Length > 0 || m.IsUnresolved) && !m.Tokens.IsEmpty;

    /// <summary>Two mentions that may be a pair: different codes, or two open actors of different words.</summary>
    public static bool Distinct(ActorMention a, ActorMention b) =>
        a.Code != b.Code || a.IsUnresolved && b.IsUnresolved && !string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);
}
