using Annalist.Documents;
using Annalist.Coding.Clauses;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Events;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Places;

/// <summary>
/// The place of an event comes from its own phrases: a locative oblique of the trigger ("clashed in
/// Kharkiv"), one nested in them ("said in a speech during an exhibition in Pyongyang"), or the
/// destination of a visit or trip ("visited Moscow", "travelled to Beijing"), else the place of a clause
/// of the same moment ("killed 23 people when they blew themselves up in Tel Aviv"). Places inside other
/// clauses belong to those clauses. With none, the event has no place (never a guess).
/// </summary>
public sealed class PlaceAssigner
{
    private static readonly WordClass SameMomentMarkers = CodingRules.Shipped.Words("same-moment-markers");

    private static readonly WordClass Locative = CodingRules.Shipped.Words("locative");

    private static readonly WordClass Travel = CodingRules.Shipped.Words("travel");

    /// <summary>The rule id of a place that force is aimed at ("shelled Kharkiv"): its target phrase is the place, not a recipient.</summary>
    public const string ForceTarget = "places:force-target";

    private readonly SentenceTree tree;
    private readonly IReadOnlyList<PlaceMention> places;

    /// <summary>Whether a preposition begins an event noun's target phrase (<see cref="Lexicon.IEventLexicon.MarksNounTarget"/>).</summary>
    private readonly Func<string, string, bool> nounTarget;

    public PlaceAssigner(SentenceTree tree, IReadOnlyList<PlaceMention> places, Func<string, string, bool>? nounTarget = null)
    {
        this.tree = tree;
        this.places = places;
        this.nounTarget = nounTarget ?? ((_, _) => false);
    }

    /// <summary>Whether a preposition places what it governs ("in", "at", "near": word-classes.tsv locative).</summary>
    public static bool IsLocativeMarker(string marker) => Locative.Contains(marker);

    /// <summary>Whether a noun's dependent is a locative phrase ("a base in northern Mali"): an nmod with a locative preposition.</summary>
    public static bool IsLocativeModifier(SentenceTree tree, int dependent) => tree.IsBase(dependent, "nmod") && IsLocativeMarker(tree.CaseMarker(dependent));

    /// <summary>Whether a noun's dependent is a locative phrase that names a gazetteer place ("Alice Smith in Doha").</summary>
    public static bool IsPlacingModifier(SentenceTree tree, int dependent, IReadOnlyList<PlaceMention> places) =>
        IsLocativeModifier(tree, dependent) && places.Any(p => tree.Subtree(dependent).Contains(p.Tokens));

    /// <summary>Whether the phrase over <paramref name="tokens"/> is the object of a locative preposition ("in Addis Ababa", "near Goma").</summary>
    public static bool InLocativePhrase(SentenceTree tree, TokenRange tokens)
    {
        for (var t = tokens.Start; t < tokens.End; t++)
        {
            var head = tree.Head(t);
            if (head < tokens.Start || head >= tokens.End)
            {
                return Locative.Contains(tree.CaseMarker(t));
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a token is the place of a locative phrase below <paramref name="trigger"/>, or a name inside that place's own
    /// phrase ("in Mongolia", "in the Sea of Japan"); not a party the phrase's noun is aimed at ("in military aid to
    /// Somalia"), nor one of an on-phrase, which as often names whom the act falls on ("agreed to end the ban on Kenyan
    /// tea"). <see cref="InLocativePhrase"/> asks only whether a phrase is itself a locative's object.
    /// </summary>
    public static bool IsPlaceOfLocative(SentenceTree tree, int token, int trigger)
    {
        var t = token;
        while (t >= 0 && t != trigger && (tree.IsBase(t, "compound") || tree.IsBase(t, "flat") || tree.IsBase(t, "amod") || (tree.IsBase(t, "nmod") && tree.CaseMarker(t) == "of")))
        {
            t = tree.Head(t);
        }

        return t >= 0 && t != trigger && (tree.IsBase(t, "obl") || tree.IsBase(t, "nmod")) && tree.CaseMarker(t) is var marker && marker != "on"
            && IsLocativeMarker(marker);
    }

    /// <summary>Verbs of travel and hosting, whose destination is both a place and (for a capital or country) a recipient.</summary>
    public static bool IsTravel(string lemma) => Travel.Contains(lemma);

    public EventPlace? Assign(Predicate predicate, bool targetsArePlaces = false) =>
        places.Count == 0 ? null : From(predicate.Trigger, Travel.Contains(predicate.Lemma), tree.Walk(), targetsArePlaces);

    /// <summary>
    /// "Police in Athens fired tear gas at protesters", "Protesters in Nairobi clashed with police": with no locative
    /// phrase of the clause, the place its subject is "in" is where it acts ("a student at University of Texas" is
    /// no place).
    /// </summary>
    private EventPlace? WhereTheSubjectIs(Predicate predicate)
    {
        foreach (var subject in predicate.Passive ? [] : predicate.Subjects)
        {
            foreach (var child in tree.Children(subject))
            {
                if (tree.IsBase(child, "nmod") && tree.CaseMarker(child) == "in" && Covering(child) is { } place)
                {
                    return place;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The place of an event read at <paramref name="trigger"/> (the predicate's verb or an event noun under it) with
    /// <paramref name="cameo"/>, and why: a locative phrase of the clause or its object, of the noun or its clause, or
    /// for a threat (CAMEO 13) with none, the place of the threatened act ("threatened to institute a curfew in Algiers").
    /// </summary>
    public (EventPlace? Place, string Why) ForEvent(Predicate predicate, int trigger, CameoCode cameo, IReadOnlyDictionary<int, Predicate> byTrigger)
    {
        // "shelled Kharkiv", "shelling residential districts of Kharkiv": a town that force is aimed at is where it happens.
        var force = CodingRules.Shipped.Has(cameo, CodeProperty.Force);
        var place = trigger == predicate.Trigger ? Assign(predicate, force) : From(trigger, false, tree.Walk(), force) ?? Assign(predicate, force);
        var why = place is null ? "none: no locative phrase of the event names a place (places:none)"
            : force && IsTargetedTown(predicate, trigger, place) ? Why($"{ForceTarget}: the town or region that force is aimed at (codes.tsv: force)", place)
            : trigger == predicate.Trigger ? Why("places:clause-locative: a locative phrase of the clause or its object", place) : Why("places:noun-locative: a locative phrase of the event noun or its clause", place);
        if (place is null && trigger == predicate.Trigger && CodingRules.Shipped.Has(cameo, CodeProperty.Threat))
        {
            foreach (var child in tree.Children(predicate.Trigger))
            {
                if (tree.Relation(child) == "xcomp" && byTrigger.TryGetValue(child, out var threatened) && Assign(threatened) is { } there)
                {
                    return (there, Why("places:threatened-act: the place of the threatened act", there));
                }
            }
        }

        if (place is null && WhereTheSubjectIs(predicate) is { } subjectPlace)
        {
            return (subjectPlace, Why("places:subject-locative: where the clause's subject is said to be, with no locative phrase of the clause", subjectPlace));
        }

        return (place, why);
    }

    /// <summary>What <c>explain</c> says of a place: the rule, and the gazetteer entry the words resolved to.</summary>
    public static string Why(string rule, EventPlace place) =>
        place.GeonameId > 0 ? $"{rule}; '{place.Text}' is geonames:{place.GeonameId} ({place.Name})" : $"{rule}; '{place.Text}' ({place.Name})";

    /// <summary>The place attached to a token (a trigger verb or an event noun).</summary>
    public EventPlace? From(int trigger, bool destinationCounts) => places.Count == 0 ? null : From(trigger, destinationCounts, tree.Walk(), false);

    /// <summary>
    /// Whether <paramref name="place"/> is what an act of force at <paramref name="trigger"/> is aimed at (its object or
    /// passive subject, or a town "of" which the object is part) rather than a locative phrase: the target that names
    /// it is then the place, not a recipient (<see cref="IsTargetedPlace"/>).
    /// </summary>
    private bool IsTargetedTown(Predicate predicate, int trigger, EventPlace place) =>
        Targeted(trigger).Concat(Targeted(predicate.Trigger)).Any(t => TargetedTown(t)?.Place == place);

    /// <summary>Whether the target over <paramref name="tokens"/> is the town that force is aimed at, and so the event's <paramref name="place"/>, not its recipient.</summary>
    public bool IsTargetedPlace(TokenRange tokens, EventPlace? place) =>
        place is not null && places.Any(m => m.Place == place && !m.Best.IsCountry && m.Tokens.Start <= tokens.Start && tokens.End <= m.Tokens.End && !tokens.IsEmpty);

    private List<int> Targeted(int trigger)
    {
        var targeted = new List<int>();
        foreach (var child in tree.Children(trigger))
        {
            if (tree.BaseRelation(child).SequenceEqual("obj") || tree.Relation(child) == "nsubj:pass")
            {
                targeted.Add(child);
            }
        }

        return targeted;
    }

    /// <summary>The town or region (never a country) a target phrase names: the phrase itself ("Kharkiv") or the place it is part of ("districts of Kharkiv", "Odesa port").</summary>
    private PlaceMention? TargetedTown(int head)
    {
        if (CoveringMention(head) is { Best.IsCountry: false } town)
        {
            return town;
        }

        foreach (var part in tree.Children(head))
        {
            var partOf = (tree.BaseRelation(part).SequenceEqual("nmod") && tree.CaseMarker(part) == "of") || tree.BaseRelation(part).SequenceEqual("compound");
            if (partOf && CoveringMention(part) is { Best.IsCountry: false } whole)
            {
                return whole;
            }
        }

        return null;
    }

    /// <summary>
    /// The walk goes down into clauses of the same moment and up to the governor of a participle clause; it
    /// enters each token once, so a clause that leads back to its governor ("shelled Kyiv when attacking
    /// Ukraine, killing ...") ends the search instead of looping.
    /// </summary>
    private EventPlace? From(int trigger, bool destinationCounts, TreeWalk walk, bool targetsArePlaces)
    {
        if (!walk.Enter(trigger))
        {
            return null;
        }

        // Each token of the frontier says whether it is inside a locative phrase: there "of" names the place too
        // ("in a residential sector of Beirut", "outside of the Iraqi city of Basra").
        var frontier = new List<(int Token, bool InLocative)> { (trigger, false) };
        for (var depth = 0; depth < 4 && frontier.Count > 0; depth++)
        {
            var next = new List<(int, bool)>();
            foreach (var (token, inLocative) in frontier)
            {
                foreach (var child in tree.Children(token))
                {
                    var relation = tree.BaseRelation(child);
                    var isNominal = relation.SequenceEqual("obl") || relation.SequenceEqual("nmod");
                    var isDestination = destinationCounts && depth == 0 && (relation.SequenceEqual("obj") || (isNominal && tree.CaseMarker(child) is "to" or "for" or "into"));
                    if (!isNominal && !isDestination)
                    {
                        // "attacked its consulate in Damascus", "killed three civilians in Gaza": the object's
                        // locative modifier places the act.
                        if (depth == 0 && (relation.SequenceEqual("obj") || tree.Relation(child) == "nsubj:pass"))
                        {
                            // "shelled Kharkiv", "shelled residential districts of Kharkiv": force aimed at a town
                            // (not a country: "attacked Ukraine" names whom) happens there.
                            if (targetsArePlaces && TargetedTown(child) is { } town)
                            {
                                return town.Place;
                            }

                            next.Add((child, false));
                        }

                        continue;
                    }

                    var marker = tree.CaseMarker(child);
                    if (!targetsArePlaces && !isDestination && tree.Upos(token) == "NOUN" && nounTarget(tree.Lemma(token), marker))
                    {
                        // "called for sanctions on Russia", "an embargo against Cuba": whom an event noun's act falls on is no place
                        // of it (force is another matter: "an attack on Kharkiv" happens there).
                        continue;
                    }

                    var locative = Locative.Contains(marker);
                    if ((isDestination || locative || (inLocative && marker == "of")) && Covering(child) is { } place)
                    {
                        return place;
                    }

                    next.Add((child, inLocative || locative));
                }
            }

            frontier = next;
        }

        // "killed 23 people when they blew themselves up in Tel Aviv": a clause of the same moment ("when",
        // "while", "as") happens in the same place.
        foreach (var child in tree.Children(trigger))
        {
            if (tree.IsBase(child, "advcl") && SameMoment(child) && From(child, false, walk, targetsArePlaces) is { } place)
            {
                return place;
            }
        }

        // "declared a state of siege in Haiti, suspending the constitution and arresting opponents": a participle
        // clause with no conjunction of its own is part of its governor's act, in the same place.
        var first = trigger;
        while (tree.IsBase(first, "conj") && tree.Head(first) >= 0)
        {
            first = tree.Head(first);
        }

        // "shelling residential districts of Kharkiv overnight, killing at least four civilians": a bare participle
        // conjoined to another act goes on from it, in the same place.
        if (first != trigger && IsBareParticiple(trigger) && From(first, false, walk, targetsArePlaces) is { } chained)
        {
            return chained;
        }

        if (tree.IsBase(first, "advcl") && IsBareParticiple(first) && tree.Head(first) is var governor and >= 0 && governor != trigger)
        {
            return From(governor, false, walk, targetsArePlaces);
        }

        return null;
    }

    /// <summary>An -ing clause with no marker ("..., killing 20 people"), as opposed to "after meeting" or "while visiting".</summary>
    private bool IsBareParticiple(int clause)
    {
        foreach (var child in tree.Children(clause))
        {
            if (tree.IsBase(child, "mark"))
            {
                return false;
            }
        }

        return tree.Document.Xpos(clause) == "VBG";
    }

    private bool SameMoment(int clause)
    {
        foreach (var child in tree.Children(clause))
        {
            // UD marks "when" as advmod, "while" and "as" as mark.
            if ((tree.IsBase(child, "mark") || tree.IsBase(child, "advmod")) && SameMomentMarkers.Contains(tree.Lemma(child)))
            {
                return true;
            }
        }

        return false;
    }

    private EventPlace? Covering(int token) => (CoveringMention(token) ?? NamedByModifier(token))?.Place;

    /// <summary>
    /// "in Lamu county", "at Kandahar airport", "in Dadaab camp": a word of places or facilities (word classes
    /// place-name-parts, facility-nouns) whose compound modifier is a place names that place.
    /// </summary>
    private PlaceMention? NamedByModifier(int token)
    {
        if (!PlaceStage.PlaceWord(tree.Document, token))
        {
            return null;
        }

        foreach (var child in tree.Children(token))
        {
            if (tree.IsBase(child, "compound") && CoveringMention(child) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    private PlaceMention? CoveringMention(int token)
    {
        foreach (var mention in places)
        {
            if (mention.Tokens.Contains(token))
            {
                return mention;
            }
        }

        return null;
    }
}
