using Annalist.Coding.Actors;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Places;

namespace Annalist.Coding;

/// <summary>
/// The actors of one sentence's events: which mentions argument heads denote (never outlets), sources and
/// recipients with the countries bare roles take from their phrase, the event's place or the article, residents
/// coded where they live and the recipient a one-sided event implies (codes.tsv: implied-target); whether two
/// mentions are one party is <see cref="PartyIdentity"/>'s.
/// </summary>
internal sealed class Participants(SentenceTree tree, ArgumentResolver resolver, IReadOnlyList<PlaceMention> placeMentions, Func<string?> contextCountry, Func<string, string, bool>? nounTarget = null)
{
    /// <summary>Words for an unnamed crowd ("Thousands marched", "a crowd gathered").</summary>
    private static readonly WordClass Crowds = CodingRules.Shipped.Words("crowds");

    /// <summary>Civilian craft ("airliner"): hit by others, never acting (word class craft-nouns).</summary>
    private static readonly WordClass CraftNouns = CodingRules.Shipped.Words("craft-nouns");

    /// <summary>Armed forces ("troops", "warships"): what an act is done with, never a fallback recipient.</summary>
    private static readonly WordClass ForceNouns = CodingRules.Shipped.Words("force-nouns");

    /// <summary>Weapons ("artillery", "rockets"): what force is done with.</summary>
    private static readonly WordClass WeaponNouns = CodingRules.Shipped.Words("weapon-nouns");

    /// <summary>Heads of names of places and things that are no party ("the Gulf of Oman"): a country named inside one is no origin.</summary>
    private static readonly WordClass FacilityNouns = CodingRules.Shipped.Words("facility-nouns");

    private static readonly WordClass SponsorParticiples = CodingRules.Shipped.Words("sponsor-participles");

    private static readonly WordClass AdversativePrepositions = CodingRules.Shipped.Words("adversative-prepositions");

    private readonly PartyIdentity identity = new(tree, placeMentions);

    private static CodingRules Rules => CodingRules.Shipped;

    /// <summary>
    /// The actors the subject heads denote; a bare role ("opposition groups", "police") takes the country
    /// named inside its own phrase ("opposition groups in Zimbabwe"), else the event's place, else the
    /// article's most recent country. A civilian craft is no source (word class craft-nouns).
    /// </summary>
    public List<ActorMention> SourceActors(IReadOnlyList<int> heads, EventPlace? place, bool crowdsAct = false)
    {
        var sources = new List<ActorMention>();
        foreach (var head in heads.Distinct())
        {
            if (CraftNouns.Contains(tree.Lemma(head)))
            {
                continue; // "the jetliner crashed, killing 228 people": a craft does not act
            }

            var mentions = Actors([head]);
            if (mentions.Count == 0 && crowdsAct && Crowds.Contains(tree.Lemma(head)))
            {
                // "Thousands marched in Paris against pension reform": an unnamed crowd protesting is civilians of the place.
                mentions = [new ActorMention(tree.Subtree(head), "CVL", string.Empty, "CVL", ActorMention.Group, "an unnamed crowd")];
            }

            foreach (var mention in mentions)
            {
                if (!mention.IsBareRole)
                {
                    var resident = Resident(mention, head, place);
                    if (!sources.Contains(resident))
                    {
                        sources.Add(resident); // "Japan and South Korea" parsed with Korea as both conjunct and subject
                    }

                    continue;
                }

                var country = CountrySource(head, mention);
                sources.Add(country is null ? WithContextCountry(mention, place, asSource: true) : Placed(mention, country.Value));
            }
        }

        return sources;
    }

    /// <summary>
    /// The recipients the target heads denote: named actors, and bare roles that name their country in their own
    /// phrase ("food aid to refugees fleeing the civil war in Liberia"); other bare roles are no recipients.
    /// </summary>
    public List<ActorMention> TargetActors(IReadOnlyList<int> heads, EventPlace? place = null)
    {
        var targets = new List<ActorMention>();
        foreach (var head in heads)
        {
            if (NamedOutlet(head) is { } outlet && !targets.Contains(outlet))
            {
                targets.Add(outlet);
            }

            foreach (var mention in Actors([head]))
            {
                if (!mention.IsBareRole)
                {
                    targets.Add(Resident(mention, head, place));
                }
                else if (mention.Kind != ActorMention.Media && CountrySource(head, mention, originOnly: true) is { } country)
                {
                    targets.Add(Placed(mention, country));
                }
                else if (mention.Kind == ActorMention.Person && WithContextCountry(mention, place) is { IsBareRole: false } official)
                {
                    // "dismissed an appeal from President Laurent Gbagbo": a named office holder the dictionaries lack is
                    // someone, of the country where it happens or the article is about.
                    targets.Add(official);
                }
                else if (IsNamed(mention))
                {
                    // "convicted the blogger Zorblat Quenx": someone named is the target, even where no country is known.
                    targets.Add(WithContextCountry(mention, place));
                }
            }
        }

        return targets;
    }

    /// <summary>A role its own proper name restates, in apposition or as a flat part: "the blogger Zorblat Quenx" is someone.</summary>
    public bool IsNamed(ActorMention mention)
    {
        for (var t = mention.Tokens.Start; t < mention.Tokens.End; t++)
        {
            if (tree.Document.Xpos(t) is "NNP" or "NNPS" && tree.Relation(t) is "appos" or "flat" && mention.Tokens.Contains(tree.Head(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Recipients for an event no rule reached a named recipient for: bare roles among the target heads ("pressured
    /// lecturers", "expelled weapons inspectors") with the country of their phrase, the event's place or the article,
    /// as subjects get theirs, or with <paramref name="country"/> when given (the country the event's code implies), or,
    /// <paramref name="countryless"/>, by their sector alone where nothing gives them a country ("soldiers killed
    /// protesters" is aimed at protesters, OPP, as "soldiers" is MIL; but a role word that only describes the head is no
    /// one: "launched a military offensive"); never forces, which an act is done with ("sent troops"), unless they are
    /// the <paramref name="victims"/> of force ("rebels attacked soldiers") or the <paramref name="addressees"/> of an
    /// act of words ("praised the army", codes.tsv speaks-to); and never a source over again (<see cref="SameParty"/>: for
    /// demands, hostile and conceding acts a role of another word is another party, "the court demanded answers from
    /// the magistrate").
    /// </summary>
    public List<ActorMention> RoleTargets(IReadOnlyList<int> heads, IReadOnlyList<ActorMention> sources, EventPlace? place, CameoCode cameo, string? country = null, bool countryless = false, bool victims = false, bool addressees = false)
    {
        var targets = new List<ActorMention>();
        var forcesAreParties = victims || addressees;
        foreach (var head in heads)
        {
            var lemma = tree.Lemma(head);
            if (ForceNouns.Contains(lemma) && !SuffersForce(lemma, forcesAreParties) || countryless && !victims && CraftNouns.Contains(lemma))
            {
                continue; // what an act is done with, or a craft no act but force falls on ("unveiled a new airliner")
            }

            foreach (var mention in Actors([head]))
            {
                if (IsMeans(mention) && !SuffersForce(tree.Lemma(mention.Tokens.Start), forcesAreParties))
                {
                    continue; // "exchanged artillery fire": the weapon inside the object is what is fired, not at whom
                }

                if (mention.IsBareRole && mention.Kind != ActorMention.Media
                    && (country is null ? WithContextCountry(mention, place) : mention.InCountry(country, $"country {country} the event's code implies")) is { } role
                    && (!role.IsBareRole || countryless && !DescribesHead(head, mention))
                    && !sources.Any(s => SameParty(s, role, cameo)))
                {
                    targets.Add(role);
                }
            }
        }

        return targets;
    }

    /// <summary>Whether a force is among the victims of force ("rebels ambushed soldiers"); a weapon never is, it is what force is used with.</summary>
    private static bool SuffersForce(string lemma, bool victims) => victims && !WeaponNouns.Contains(lemma);

    /// <summary>
    /// Whether the head is a facility someone is in ("sentenced to five years in prison", "held in a camp"): where they
    /// are, not a party, although Phoenix codes PRISON as the police's (word class facility-nouns).
    /// </summary>
    public bool IsFacilityStay(int head) => FacilityNouns.Contains(tree.Lemma(head)) && tree.CaseMarker(head) is "in" or "inside" or "within";

    /// <summary>
    /// Whether the mention lies in an adjective or compound modifier of the head ("a military offensive"): it describes
    /// the head, it names no one.
    /// </summary>
    private bool DescribesHead(int head, ActorMention mention) =>
        !mention.Tokens.Contains(head) && tree.Children(head).ToArray().Any(c => tree.Relation(c) is "amod" or "compound" && tree.Subtree(c).Contains(mention.Tokens));

    /// <summary>
    /// "The Albanians of southern Serbia", "ethnic Albanians demonstrated in Serbia": people named by a nationality
    /// or ethnic group who live in another country are coded as that country's, as the PLOVER and ICEWS records do
    /// (the group's own country stays in the entry). The country comes from their own in/of phrase, or for an
    /// "ethnic" group also from the event's place.
    /// </summary>
    private ActorMention Resident(ActorMention mention, int head, EventPlace? place)
    {
        if (mention.Kind != ActorMention.State || mention.Tokens.Count != 1 || tree.Document.Xpos(mention.Tokens.Start) is not ("NNPS" or "NNS"))
        {
            return mention;
        }

        var ethnic = tree.Children(mention.Tokens.Start).ToArray().Any(c => tree.Lemma(c) is "ethnic") || tree.Children(head).ToArray().Any(c => tree.Lemma(c) is "ethnic");
        var country = CountryInPhrase(head, mention, originOnly: true) ?? (ethnic && place is { HasCountry: true } ? place.Country : null);
        return country is null || country == mention.Country
            ? mention
            : mention with { Country = country, Code = country, Entry = $"{mention.Entry}; living in {country}" };
    }

    /// <summary>A bare role named by a force or weapon word alone ("artillery", "troops"): a means, never a fallback recipient.</summary>
    private bool IsMeans(ActorMention mention) =>
        mention.IsBareRole && mention.Tokens.Count == 1 && (ForceNouns.Contains(tree.Lemma(mention.Tokens.Start)) || WeaponNouns.Contains(tree.Lemma(mention.Tokens.Start)));

    /// <summary>
    /// The country a bare role's own phrase names, by an actor or a place inside it ("opposition groups in Zimbabwe").
    /// With <paramref name="originOnly"/> the country must be where the people are or come from ("refugees fleeing
    /// the war in Liberia"), not a landmark beside them ("a guerrilla stronghold on the Thai border").
    /// </summary>
    private string? CountryInPhrase(int head, ActorMention role, bool originOnly = false)
        => CountrySource(head, role, originOnly)?.Country;

    /// <summary>The actor or place inside a bare role's own phrase that gives it its country (<see cref="CountryInPhrase"/>), and where it ends.</summary>
    private (string Country, TokenRange Tokens)? CountrySource(int head, ActorMention role, bool originOnly = false)
    {
        var phrase = tree.Subtree(head);
        var inner = resolver.Mentions.FirstOrDefault(m => m.HasCountry && !ReferenceEquals(m, role) && m.Tokens.Start >= phrase.Start && m.Tokens.End <= phrase.End
            && (!originOnly || OfOrigin(m.Tokens.Start, head)) && !Sponsor(m.Tokens, head));
        if (inner is not null)
        {
            return (inner.Country, inner.Tokens);
        }

        var innerPlace = placeMentions.FirstOrDefault(p => p.Tokens.Start >= phrase.Start && p.Tokens.End <= phrase.End && p.Place.HasCountry
            && (!originOnly || OfOrigin(p.Tokens.Start, head)) && !Sponsor(p.Tokens, head));
        return innerPlace is null ? null : (innerPlace.Place.Country, innerPlace.Tokens);
    }

    /// <summary>
    /// A bare role placed by a phrase of its own ("300,000 people in northeast Nigeria", "opposition groups in
    /// Zimbabwe"): the participant is the role with that phrase, so that its text says where the country came from.
    /// </summary>
    private ActorMention Placed(ActorMention role, (string Country, TokenRange Tokens) source) =>
        role.InCountry(source.Country, $"country {source.Country} from its own phrase") with
        {
            Tokens = Modifies(source.Tokens, role.Tokens) ? new TokenRange(role.Tokens.Start, source.Tokens.End) : role.Tokens,
        };

    /// <summary>
    /// Whether a phrase after a role modifies it through nominal modifiers alone, with no punctuation between ("people in
    /// northeast Nigeria", "politicians in Germany"), not through a clause ("a woman to lead a firm in ...", "soldiers
    /// who have served India") or an apposition.
    /// </summary>
    private bool Modifies(TokenRange inner, TokenRange role)
    {
        if (inner.Start < role.End)
        {
            return false;
        }

        for (var t = role.End; t < inner.End; t++)
        {
            if (tree.Upos(t) is "PUNCT" or "VERB" or "AUX" or "PRON" or "SCONJ")
            {
                return false;
            }
        }

        return PathUp(tree.Document.HeadOf(inner), tree.Document.HeadOf(role), 10).All(t => tree.BaseRelation(t).ToString() is "nmod" or "compound" or "flat");
    }

    /// <summary>
    /// Whether a head stands in a phrase of the word class adversative-prepositions ("against the rebels") between it
    /// and the trigger: whom an act is against.
    /// </summary>
    public bool Opposed(int head, int trigger) =>
        PathUp(head, trigger, 6).Any(t => AdversativePrepositions.Contains(tree.CaseMarker(t)));

    /// <summary>
    /// Whether a mention names the sponsor of the head it modifies: a word of it hangs from a participle of the word class
    /// sponsor-participles ("Russian-backed separatists"; "the UN" in "the UN-backed government", a mention that took the
    /// government's article).
    /// </summary>
    private bool Sponsor(TokenRange tokens, int head)
    {
        for (var t = tokens.Start; t < tokens.End; t++)
        {
            if (PathUp(t, head, 10).Skip(1).Any(u => SponsorParticiples.Contains(tree.Document.Form(u))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The tokens from <paramref name="token"/> up its heads to <paramref name="head"/> (not included), at most <paramref name="limit"/>.</summary>
    private IEnumerable<int> PathUp(int token, int head, int limit) => PathUp(tree, token, head, limit);

    private static IEnumerable<int> PathUp(SentenceTree tree, int token, int head, int limit)
    {
        var guard = 0;
        for (var t = token; t >= 0 && t != head && guard++ < limit; t = tree.Head(t))
        {
            yield return t;
        }
    }

    /// <summary>
    /// Whether the path from a token up to a head goes through an in/from/of phrase and no other, and not through the
    /// name of a place or thing ("a tanker in the Gulf of Oman" is no Omani tanker).
    /// </summary>
    private bool OfOrigin(int token, int head)
    {
        var origin = false;
        foreach (var t in PathUp(token, head, 20))
        {
            if (t != token && FacilityNouns.Contains(tree.Lemma(t)))
            {
                return false;
            }

            var marker = tree.CaseMarker(t);
            if (marker.Length == 0)
            {
                continue;
            }

            if (marker is not ("in" or "from" or "of"))
            {
                return false;
            }

            origin = true;
        }

        return origin;
    }

    /// <summary>
    /// A named news outlet of a known country the argument head denotes ("sued the BBC", "banned the Daily Monitor"): a
    /// party an act can fall on, though outlets never act in an event (what they say is a report, not a deed).
    /// </summary>
    public ActorMention? NamedOutlet(int head) => resolver.Resolve(head).FirstOrDefault(m => m.IsOutlet && !m.IsBareRole && m.HasCountry);

    /// <summary>The actors (never outlets) the argument heads denote.</summary>
    public List<ActorMention> Actors(IReadOnlyList<int> heads)
    {
        var actors = new List<ActorMention>();
        foreach (var head in heads)
        {
            foreach (var mention in resolver.Resolve(head))
            {
                if (!mention.IsOutlet && !actors.Contains(mention))
                {
                    actors.Add(mention);
                }
            }
        }

        return actors;
    }

    /// <summary>Whether an argument head names an actor with a country (a bare role as a modifier does not).</summary>
    public bool DenotesActor(int head) => Actors([head]).Any(a => !a.IsBareRole);

    /// <summary>
    /// Whether the head word itself names a party, a bare role included ("aid workers", "troops"); a thing whose
    /// modifier names one ("the Israel boycott law") does not.
    /// </summary>
    public bool NamesParty(int head) => resolver.Covering(head) is { IsOutlet: false };

    /// <summary>The recipient a one-sided domestic event implies (codes.tsv, implied-target; see <see cref="CoderOptions.ImplyDomesticTargets"/>), or null.</summary>
    public ActorMention? ImpliedTarget(CameoCode cameo, IReadOnlyList<ActorMention> sources, EventPlace? place, int trigger)
    {
        if (Rules.RuleOf(cameo, CodeProperty.ImpliedTarget) is not { } row)
        {
            return null;
        }

        var rule = ImpliedTargetRule.Parse(row.Value, row.Row);
        var placeCountry = place is { HasCountry: true } ? place.Country : null;
        var sourceCountry = sources.Select(s => s.Country).FirstOrDefault(ActorCode.IsCountry);
        var country = rule.Countries.Select(origin => origin switch
        {
            ImpliedCountry.Place => placeCountry,
            ImpliedCountry.PlaceAbroad => placeCountry != sourceCountry ? placeCountry : null,
            ImpliedCountry.Source => sourceCountry,
            _ => sources.Any(s => s.Sector == "COP") ? sourceCountry : null,
        }).FirstOrDefault(c => c is not null);
        if (country is null || sources.Any(s => s.Country == country && s.Sector == rule.Sector && !s.IsUnknown))
        {
            return null;
        }

        // "imposed martial law in Pakistan", "extended the curfew in Bangkok": a measure falls on the country of the
        // place it is imposed in, and the place's words name it. Force keeps no words: the town shelled is where it
        // happens, not whom it falls on (places:force-target).
        var tokens = country == placeCountry && !Rules.Has(cameo, CodeProperty.Force) && placeMentions.FirstOrDefault(p => p.Place == place) is { } named
            ? named.Tokens
            : new TokenRange(trigger, trigger);
        return new ActorMention(tokens, country + rule.Sector, country, rule.Sector, ActorMention.State, $"implied: {row.Reason}");
    }

    /// <summary>
    /// A bare role with no country ("police", "troops") takes the country of the event's place, else of
    /// the country the article mentioned most recently before this sentence; the entry says so. A source
    /// (<paramref name="asSource"/>) never takes it from the other side of its own clause.
    /// </summary>
    private ActorMention WithContextCountry(ActorMention mention, EventPlace? place, bool asSource = false)
    {
        if (!mention.IsBareRole || mention.Kind == ActorMention.Media)
        {
            return mention;
        }

        if (place is { HasCountry: true })
        {
            return mention.InCountry(place.Country, $"country {place.Country} of the event's place");
        }

        // "Police in Nairobi fired tear gas at opposition supporters": the one country the sentence names comes
        // before whatever the article named last.
        var country = SentenceCountry(asSource) ?? contextCountry();
        return country is null ? mention : mention.InCountry(country, $"country {country} inferred from the article");
    }

    /// <summary>
    /// The country of the places the sentence names, when they are all in one, sponsors apart. Actors do not count: "the rebels
    /// released 12 hostages, including two French citizens" says nothing of where the rebels are from. For a source
    /// (<paramref name="forSource"/>), places that are the other side (<see cref="IsOtherSide"/>) do not count either.
    /// </summary>
    private string? SentenceCountry(bool forSource) =>
        ActorCode.OneCountry(placeMentions.Where(p => !(forSource && IsOtherSide(p.Tokens)) && !NamedAsSponsor(tree, p.Tokens)).Select(p => p.Place.Country));

    /// <summary>
    /// Whether a party is named only as a sponsor ("Iran-backed militias", "militias backed by Iran"): it hangs from a
    /// participle of the word class sponsor-participles, at most one word between, and says nothing of where anyone is.
    /// </summary>
    internal static bool NamedAsSponsor(SentenceTree tree, TokenRange tokens) =>
        PathUp(tree, tree.Document.HeadOf(tokens), -1, 3).Skip(1).Any(t => SponsorParticiples.Contains(tree.Document.Form(t)));

    /// <summary>
    /// Whether a place's phrase stands as the other side of its clause rather than where something is: an object, or
    /// the object of a preposition that names the other side ("criticized China", "talks with Italy", "sanctions
    /// against Iran", and an event noun's target phrase: "sanctions on Russia"; but "in Nairobi", "Greece's trial").
    /// "President John Doe criticized China" says nothing of where
    /// the president is from; "Venezuela releases dozens of activists" does say where the activists are.
    /// </summary>
    private bool IsOtherSide(TokenRange tokens)
    {
        var head = tree.Document.HeadOf(tokens);
        for (var guard = 0; tree.Relation(head) == "conj" && tree.Head(head) >= 0 && guard < 10; guard++)
        {
            head = tree.Head(head); // "to Croatia and Ecuador": a conjunct stands where the first does
        }

        var relation = tree.BaseRelation(head);
        if (relation is "obj" or "iobj")
        {
            return true;
        }

        // "was sharply critical of Israel", "supportive of Ukraine": the of-phrase of an adjective names whom it is about.
        var marker = tree.CaseMarker(head);
        return marker is "against" or "with" or "to" or "toward" or "towards"
            || marker == "of" && relation is "obl" && tree.Upos(tree.Head(head)) == "ADJ"
            || relation is "nmod" && tree.Upos(tree.Head(head)) == "NOUN" && (nounTarget?.Invoke(tree.Lemma(tree.Head(head)), marker) ?? false); // "sanctions on Russia"
    }

    /// <summary>Whether a target is its source over again (<see cref="PartyIdentity.SameParty"/>).</summary>
    public bool SameParty(ActorMention source, ActorMention target, CameoCode cameo) => identity.SameParty(source, target, cameo);

    /// <summary>Same code, or same country and sector (<see cref="PartyIdentity.SameActor"/>).</summary>
    public static bool SameActor(ActorMention a, ActorMention b) => PartyIdentity.SameActor(a, b);
}
