using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Actors;

/// <summary>
/// Open actors (issue 15): an argument of an event that no dictionary names is still a party when its head names
/// someone, a proper name ("the ELN", "Jurisdiction for Peace", "Mandela") or a noun of the word class
/// <c>agent-nouns</c> ("a U.N. watchdog", "the commission"). It becomes an <see cref="ActorKind.Unresolved"/>
/// mention over its phrase (without relative clauses and appositions), coded with the country its own words
/// name when they name one ("a detention center in Texas": USA), else with no code; never dropped. Places,
/// pronouns, numbers and dates are never open actors.
/// </summary>
internal sealed class OpenActors(SentenceTree tree, IReadOnlyList<ActorMention> mentions, IReadOnlyList<PlaceMention> places, IReadOnlyList<TokenRange> dates)
{
    private static readonly WordClass AgentNouns = CodingRules.Shipped.Words("agent-nouns");

    private static readonly WordClass FacilityNouns = CodingRules.Shipped.Words("facility-nouns");

    private static readonly WordClass ActedOnNouns = CodingRules.Shipped.Words("acted-on-nouns");

    private static readonly WordClass PhraseBreaks = CodingRules.Shipped.Words("open-actor-phrase-breaks");

    private static readonly WordClass ProtestWords = CodingRules.Shipped.Words("protest-words");

    private static readonly WordClass GrievancePrepositions = CodingRules.Shipped.Words("grievance-prepositions");

    /// <summary>The open actor an argument head denotes, or null when its head names no one (or a place, a date, a number).</summary>
    public ActorMention? Of(int head)
    {
        var upos = tree.Upos(head);
        if (upos is not ("PROPN" or "NOUN") || Covered(head) || IsTemporal(head))
        {
            return null;
        }

        var lemma = tree.Lemma(head);
        if (FacilityNouns.Contains(lemma) || FacilityNouns.Contains(tree.Document.Form(head)))
        {
            return null; // "blocked the Europe Bridge": a named thing, not a party
        }

        var named = Proper(head);
        if (!named && !AgentNouns.Contains(lemma))
        {
            return null;
        }

        var phrase = Phrase(head);
        var text = tree.Document.Text[tree.Document.TokenStart(phrase.Start)..tree.Document.TokenEnd(phrase.End - 1)];
        var country = CountryInside(phrase);
        var why = named
            ? UnknownNameReason(text)
            : $"open actor: '{lemma}' names people or an organisation (word-classes.tsv agent-nouns), in no dictionary";
        return ActorMention.Open(phrase, text, country ?? string.Empty, country is null ? why : $"{why}; country {country} from its own phrase");
    }

    /// <summary>Why a name no dictionary knows is an open actor (also said of a pronoun that stands for one).</summary>
    internal static string UnknownNameReason(string text) => $"open actor: the name '{text}' is in no dictionary";

    /// <summary>Whether the head is an open actor by its name ("arrested Ahmed Mohamed", "forced Apple Inc."), not by a role word.</summary>
    public bool IsOpenName(int head) => Proper(head) && Of(head) is not null;

    private bool Proper(int head) => tree.Upos(head) == "PROPN" || tree.Document.Xpos(head) is "NNP" or "NNPS";

    /// <summary>
    /// The open actors among the clause arguments of the sentence (subjects, by-agents, objects, indirect objects and
    /// obliques) and the nominal modifiers of their heads ("an investigation into Flynn", "Buhari's decision"), whether or
    /// not a rule coded an event on them: the parties the event-typing model may pair.
    /// </summary>
    public IEnumerable<ActorMention> OfArguments(IEnumerable<Clauses.Predicate> predicates) =>
        predicates.SelectMany(p => p.Subjects.Concat(p.Agents).Concat(p.Objects).Concat(p.IndirectObjects).Concat(p.Obliques.Select(o => o.Head)))
            .SelectMany(h => tree.Children(h).ToArray().Where(c => tree.IsBase(c, "nmod")).Prepend(h))
            .Distinct()
            .Select(Of)
            .OfType<ActorMention>()
            .DistinctBy(m => m.Tokens);

    /// <summary>
    /// The places, sites, craft and occasions among the objects and obliques of the sentence's predicates and their
    /// nominal modifiers that are no actor: a phrase headed by a word of the class <c>acted-on-nouns</c> ("imposed a
    /// night-time curfew across the northern district", "stormed the mine", "boycotted the presidential election") or
    /// naming a place of the gazetteer ("imposed a curfew across parts of Kashmir"). Each is a mention of kind
    /// unresolved over its phrase, coded with the country its own words name, if any: never an actor, only a recipient
    /// the typing model may give a rule event that has none. Abstract things ("rejected wage cuts", "refused to give
    /// details") are no recipient, but for what a protest is against (<see cref="Protested"/>).
    /// </summary>
    public IEnumerable<ActorMention> OfObjects(IEnumerable<Clauses.Predicate> predicates) =>
        predicates.SelectMany(p => p.Objects.Concat(p.IndirectObjects).Concat(p.Obliques.Select(o => o.Head)))
            .SelectMany(h => NominalModifiers(h).SelectMany(c => NominalModifiers(c).Where(Protested).Prepend(c)).Prepend(h))
            .Distinct()
            .Where(h => tree.Upos(h) is "NOUN" or "PROPN" && !IsTemporal(h) && !mentions.Any(m => m.Tokens.Contains(h)) && Of(h) is null)
            .Select(h => (Head: h, Phrase: Phrase(h)))
            .Select(x => (x.Head, x.Phrase, Source: ActedOnNouns.Contains(tree.Lemma(x.Head)) || NamesPlace(x.Head) ? "acted-on-nouns or a place of the gazetteer"
                : Protested(x.Head) ? "protest-words: what a protest is against" : null))
            .Where(x => x.Source is not null)
            .Select(x =>
            {
                var text = tree.Document.Text[tree.Document.TokenStart(x.Phrase.Start)..tree.Document.TokenEnd(x.Phrase.End - 1)];
                var country = CountryInside(x.Phrase);
                var why = $"a place or thing acted on, no party: '{text}' (word-classes.tsv {x.Source})";
                return ActorMention.Open(x.Phrase, text, country ?? string.Empty, country is null ? why : $"{why}; country {country} from its own phrase");
            })
            .DistinctBy(m => m.Tokens);

    /// <summary>
    /// Whether the head names what a protest, strike or boycott is against: the object of a word of the class
    /// <c>protest-words</c> ("protesting the closure of the school", "boycotted the vote") or its phrase introduced by
    /// one of <c>grievance-prepositions</c> ("went on strike in protest at staffing levels", "a rally against the
    /// tuition increase"), also one nominal modifier deeper ("went on strike in protest at staffing levels").
    /// </summary>
    private bool Protested(int head)
    {
        var governor = tree.Head(head);
        if (governor < 0)
        {
            return false;
        }

        if (tree.IsBase(head, "obj"))
        {
            return ProtestWords.Contains(tree.Lemma(governor));
        }

        // "held a rally against the tuition increase", with the phrase under the light verb rather than the rally
        return GrievancePrepositions.Contains(tree.CaseMarker(head))
            && (ProtestWords.Contains(tree.Lemma(governor)) || tree.Children(governor).ToArray().Any(c => (tree.IsBase(c, "obj") || tree.IsBase(c, "obl")) && ProtestWords.Contains(tree.Lemma(c))));
    }

    private int[] NominalModifiers(int head) => tree.Children(head).ToArray().Where(c => tree.IsBase(c, "nmod")).ToArray();

    /// <summary>Whether a place of the gazetteer covers the head or a name or of-phrase of its own ("parts of Kashmir"), not one deeper in ("a curfew across parts of Kashmir").</summary>
    private bool NamesPlace(int head) =>
        tree.Children(head).ToArray().Where(c => tree.Relation(c) is "compound" or "flat" || tree.IsBase(c, "nmod") && tree.CaseMarker(c) == "of").Prepend(head)
            .Any(t => places.Any(p => p.Tokens.Contains(t)));

    /// <summary>The head's phrase: its subtree without relative clauses, appositions, clauses and punctuation at its edges.</summary>
    private TokenRange Phrase(int head)
    {
        var start = head;
        var end = head + 1;
        foreach (var child in tree.Children(head))
        {
            if (PhraseBreaks.Contains(tree.Relation(child)) || PhraseBreaks.Contains(tree.BaseRelation(child).ToString()))
            {
                continue;
            }

            if (dates.Any(d => d.Contains(child)))
            {
                continue; // "called Zorblat Quenx on Wednesday": when is no part of who
            }

            if (Proper(head) && !AgentNouns.Contains(tree.Lemma(head)) && Places.PlaceAssigner.IsPlacingModifier(tree, child, places))
            {
                continue; // "met Alice Smith in Doha": where she was is no part of her name ("a network in Bielefeld" is the German one)
            }

            if (!Proper(head) && AgentNouns.Contains(tree.Lemma(head)) && IsCircumstance(tree, child) && !Places.PlaceAssigner.IsPlacingModifier(tree, child, places))
            {
                continue; // "three suspects in the attack on the president's convoy": what they are suspected of is no part of them
            }

            var sub = tree.Subtree(child);
            start = Math.Min(start, sub.Start);
            end = Math.Max(end, sub.End);
        }

        while (end - 1 > start && tree.Upos(end - 1) == "PUNCT")
        {
            end--;
        }

        while (start < end - 1 && tree.Upos(start) == "PUNCT")
        {
            start++;
        }

        return new TokenRange(start, end);
    }

    /// <summary>
    /// A prepositional modifier of a people noun that says what they did, not whose they are: "detained three suspects in
    /// the attack on the convoy of the president" detained the suspects, not the president; "members of Hamas", "fighters
    /// from Chad" and "inspectors for the agency" stay the group's, the country's and the agency's. So is a participle
    /// saying who did something to them: "freed 50 hostages held by Boko Haram" freed hostages, not Boko Haram ("a
    /// group based in Trinidad" stays Trinidad's).
    /// </summary>
    internal static bool IsCircumstance(SentenceTree tree, int child) =>
        (tree.IsBase(child, "nmod") && tree.CaseMarker(child) is { Length: > 0 } marker && marker is not ("of" or "from" or "for"))
        || tree.IsParticipleWithAgent(child);

    /// <summary>The one country the actors and places inside a phrase name, not counting its sponsor ("Iran-backed factions"), or null.</summary>
    private string? CountryInside(TokenRange phrase) =>
        ActorCode.OneCountry(mentions.Where(m => !m.IsOutlet && phrase.Contains(m.Tokens) && !Participants.NamedAsSponsor(tree, m.Tokens)).Select(m => m.Country)
            .Concat(places.Where(p => phrase.Contains(p.Tokens) && !Participants.NamedAsSponsor(tree, p.Tokens)).Select(p => p.Place.Country)));

    /// <summary>
    /// Whether a place of a country or an actor already covers the head (a region of several countries or a disputed
    /// one, "Kashmir", "the Middle East", may still be a party); a bare role inside a name ("the Zemblan Trading Company",
    /// "Company" a role of the agents dictionary) does not: the name is the actor.
    /// </summary>
    private bool Covered(int head) =>
        places.Any(p => p.Tokens.Contains(head) && p.Best.Country.Length > 0) || mentions.Any(m => m.Tokens.Contains(head) && !(m.IsBareRole && IsName(head)));

    /// <summary>A proper-noun head with a proper-noun modifier of its own ("Trading Company"): a name, not a role word.</summary>
    public bool IsName(int head)
    {
        if (tree.Document.Xpos(head) is not ("NNP" or "NNPS"))
        {
            return false;
        }

        foreach (var child in tree.Children(head))
        {
            if (tree.Relation(child) is "compound" or "flat" or "amod" && tree.Document.Xpos(child) is "NNP" or "NNPS")
            {
                return true;
            }
        }

        return false;
    }

    private bool IsTemporal(int head) => tree.Document.Xpos(head) == "CD" || dates.Any(d => d.Contains(head));
}
