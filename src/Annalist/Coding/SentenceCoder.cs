using Annalist.Coding.Rules;
using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Syntax;
using Annalist.Coding.Targets;
using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Coding;

/// <summary>
/// Finds the event candidates of one parsed sentence: every predicate and event noun the lexicon
/// reads as an event, with its source and target actors (outlets excluded), status and claims, date
/// and place; coordinated actors give one event each, symmetric acts one per direction.
/// </summary>
internal sealed class SentenceCoder
{
    /// <summary>Nouns for what one party puts to another: rejecting or accepting one answers its author.</summary>
    private static readonly WordClass ProposalNouns = CodingRules.Shipped.Words("proposal-nouns");

    /// <summary>Words for an unnamed crowd ("Thousands marched", "a crowd gathered").</summary>
    private static readonly WordClass Crowds = CodingRules.Shipped.Words("crowds");

    /// <summary>Verbs whose coordinated subjects act on each other ("Ukraine and Russia swapped prisoners", "fighting between Azerbaijanis and Armenians").</summary>
    private static readonly WordClass Reciprocal = CodingRules.Shipped.Words("reciprocal");

    /// <summary>Verbs of planning and readiness whose own code is only the general intent (030).</summary>
    private static readonly WordClass Planning = CodingRules.Shipped.Words("planning");

    private static readonly string[] DefaultTargetPrepositions = [.. CodingRules.Shipped.Preference("target-prepositions")];

    private static CodingRules Rules => CodingRules.Shipped;

    private readonly SentenceTree tree;
    private readonly ArgumentResolver resolver;
    private readonly List<Predicate> predicates;
    private readonly Dictionary<int, Predicate> byTrigger;
    private readonly ClaimAnalyzer claims;
    private readonly DateAssigner dates;
    private readonly PlaceAssigner places;
    private readonly IEventLexicon lexicon;
    private readonly CoderOptions options;
    private readonly Func<string?> contextCountry;
    private readonly IReadOnlyList<PlaceMention> placeMentions;
    private readonly TargetMatcher matcher;

    public SentenceCoder(SentenceTree tree, ArgumentResolver resolver, IReadOnlyList<TemporalExpression> temporal, IReadOnlyList<PlaceMention> placeMentions, DateOnly reference, IEventLexicon lexicon, CoderOptions options, Func<string?> contextCountry)
    {
        this.contextCountry = contextCountry;
        this.placeMentions = placeMentions;
        this.tree = tree;
        this.resolver = resolver;
        this.lexicon = lexicon;
        this.options = options;
        predicates = PredicateFinder.Find(tree);
        byTrigger = predicates.ToDictionary(p => p.Trigger);
        claims = new ClaimAnalyzer(tree, predicates, resolver.Resolve);
        dates = new DateAssigner(tree, temporal, reference);
        places = new PlaceAssigner(tree, placeMentions);
        matcher = new TargetMatcher(tree, byTrigger, Actors, resolver.Covering);
    }

    public IReadOnlyList<Predicate> Predicates => predicates;

    public List<EventCandidate> Code()
    {
        var found = new List<EventCandidate>();
        var consumed = new HashSet<int>();
        foreach (var (dispatch, purpose, beneficiaries, forces) in MilitaryDispatchRule.Find(tree, predicates, resolver))
        {
            // Offering forces is a promise of military aid (0332), not the aid itself.
            var code = dispatch.Lemma.Equals("offer", StringComparison.OrdinalIgnoreCase) ? "0332" : "072";
            var reading = new EventReading(code, MilitaryDispatchRule.RuleId, 100) { TargetHeads = beneficiaries, TriggerTokens = [forces] };
            AddEvents(found, dispatch, reading, dispatch.Trigger);
            consumed.Add(dispatch.Trigger);
            consumed.Add(purpose.Trigger);
        }

        foreach (var (delivery, weapons, recipients) in MilitaryDispatchRule.FindWeaponDeliveries(tree, predicates))
        {
            // The dictionary's own aid reading stays ("supplied missiles to North Korea" is CAMEO.2.0:SUPPLY#12).
            if (!consumed.Contains(delivery.Trigger) && lexicon.ReadPredicate(tree, delivery, DenotesActor) is not [{ Cameo: ['0', '7', ..] }, ..]
                && consumed.Add(delivery.Trigger))
            {
                var reading = new EventReading("072", MilitaryDispatchRule.WeaponsRuleId, 100) { TargetHeads = recipients, TriggerTokens = [weapons] };
                AddEvents(found, delivery, reading, delivery.Trigger);
            }
        }

        foreach (var predicate in predicates)
        {
            if (consumed.Contains(predicate.Trigger))
            {
                continue;
            }

            var readings = lexicon.ReadPredicate(tree, predicate, DenotesActor);
            if (readings.Count > 0)
            {
                AddEvents(found, predicate, readings[0], predicate.Trigger);
            }
            else if (claims.Analyze(predicate).Intention == Intention.Demanded)
            {
                // "China must drop barriers to U.S. exports, the administration declared": a demand even when the act has no reading.
                AddEvents(found, predicate, new EventReading("100", "annalist:reported-demand", 0), predicate.Trigger);
            }
        }

        for (var token = tree.Sentence.Tokens.Start; token < tree.Sentence.Tokens.End; token++)
        {
            if (tree.Upos(token) is not ("NOUN" or "PROPN") || byTrigger.ContainsKey(token))
            {
                continue;
            }

            var readings = lexicon.ReadNoun(tree, token, DenotesActor);
            if (readings.Count > 0)
            {
                // A headline-like or misparsed sentence may leave the event noun as the root: it governs itself.
                var governor = Governor(token) ?? new Predicate { Trigger = token, Lemma = tree.Lemma(token) };
                AddEvents(found, governor, readings[0], token);
            }
        }

        if (options.CodeCriticalStatements)
        {
            found.AddRange(CriticalStatementRule.Apply(tree, predicates, resolver, claims, dates, places));
        }

        FoldComplements(found);
        DropSubjectNouns(found);
        found.Sort((a, b) => a.Trigger.CompareTo(b.Trigger));
        return found;
    }

    /// <summary>
    /// "agreed to provide aid" is one agreement, "refused to meet the king" one refusal, "threatened to impose
    /// restrictions" one threat: the framing verb's general code (030, 120, 130) yields to the specific code its
    /// complement gives under the same root, and the two are one event with the framing verb's trigger, status and
    /// date (the agreeing happened then, whatever becomes of the aid).
    /// </summary>
    private void FoldComplements(List<EventCandidate> found)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            var inner = found[i];
            if (!byTrigger.TryGetValue(inner.Trigger, out var clause) || clause.LinkToParent != "xcomp" || clause.Parent < 0)
            {
                continue;
            }

            var outer = found.FindIndex(c => c.Trigger == clause.Parent && c.SameDyad(inner) && IsGeneralOf(c.Cameo, inner.Cameo));
            if (outer < 0)
            {
                continue;
            }

            found[outer] = found[outer] with
            {
                Cameo = inner.Cameo,
                Rule = $"{found[outer].Rule} + {inner.Rule}",
                Plover = inner.Plover,
                Explain = found[outer].Explain is { } explain ? explain with { Type = $"{explain.Type} + the complement it frames: {inner.Explain?.Type ?? inner.Rule}" } : null,
            };
            found.RemoveAt(i);

            // "prepared to resume shelling": the noun "shelling" inside the complement is the same threat again.
            var complement = tree.Subtree(inner.Trigger);
            found.RemoveAll(c => c.Trigger != clause.Parent && complement.Contains(c.Trigger) && c.Cameo == inner.Cameo && c.SameDyad(inner));
            i = Math.Min(i, found.Count);
        }
    }

    /// <summary>
    /// "Israeli airstrikes killed at least 30 people": an event noun that is the subject of a verb coding an event of
    /// the same kind is that event's means, not a second event.
    /// </summary>
    private void DropSubjectNouns(List<EventCandidate> found)
    {
        var roots = found.Where(c => byTrigger.ContainsKey(c.Trigger)).Select(c => (c.Trigger, Root: c.Cameo[..2])).ToHashSet();
        found.RemoveAll(c => !byTrigger.ContainsKey(c.Trigger) && tree.IsBase(c.Trigger, "nsubj") && roots.Contains((tree.Head(c.Trigger), c.Cameo[..2])));
    }

    /// <summary>
    /// Whether a code is the root's general code ("120") and another a code under the same root ("125", or "120"
    /// again: "threatened to impose tariffs" is one threat); the
    /// general intent (030, "prepared to", "planned to") yields to its complement's intent or threat ("prepared to
    /// resume shelling" is a threat, 1384).
    /// </summary>
    private static bool IsGeneralOf(string general, string specific) =>
        general.Length == 3 && general[2] == '0' && specific.Length >= 3
        && (specific.StartsWith(general[..2], StringComparison.Ordinal) || (general == "030" && specific[..2] is "03" or "13"));

    /// <summary>The authors of a proposal the clause answers: its possessor, a national adjective or name on it, "by/from X".</summary>
    private List<int> AuthorsOfProposal(Predicate predicate)
    {
        var proposals = predicate.Objects.Concat(predicate.ObliqueHeads("to")).Where(h => ProposalNouns.Contains(tree.Lemma(h))).ToList();
        var authors = new List<int>();
        foreach (var proposal in proposals)
        {
            foreach (var child in tree.Children(proposal))
            {
                var relation = tree.Relation(child);
                if ((relation is "nmod:poss" or "amod" or "compound" || (tree.IsBase(child, "nmod") && tree.CaseMarker(child) is "by" or "from"))
                    && Actors([child]).Any(a => !a.IsBareRole))
                {
                    authors.AddRange(tree.WithConjuncts(child));
                }
            }
        }

        if (proposals.Count > 0 && authors.Count == 0)
        {
            // The by/from-phrase attached to the verb instead of the noun.
            authors.AddRange(predicate.ObliqueHeads("by").Concat(predicate.ObliqueHeads("from")).Where(h => Actors([h]).Any(a => !a.IsBareRole)));
        }

        return authors;
    }

    /// <summary>Subjects of "if/unless" clauses under the predicate or the complement it governs.</summary>
    private List<int> ConditionSubjects(Predicate predicate, int depth)
    {
        var found = new List<int>();
        foreach (var child in tree.Children(predicate.Trigger))
        {
            if (!byTrigger.TryGetValue(child, out var clause))
            {
                continue;
            }

            if (tree.Relation(child) == "advcl" && clause.Marker is "if" or "unless" && !clause.SubjectInherited)
            {
                found.AddRange(clause.Sources.Where(h => Actors([h]).Any(a => !a.IsBareRole)));
            }
            else if (clause.LinkToParent == "xcomp" && depth < 2)
            {
                found.AddRange(ConditionSubjects(clause, depth + 1));
            }
        }

        return found;
    }

    /// <summary>Whether an object with a possessive pronoun is the clause's own source's ("its ambassador", "their troops").</summary>
    private bool OwnedBySource(Predicate predicate, int objectHead)
    {
        var owner = -1;
        foreach (var child in tree.Children(objectHead))
        {
            if (tree.Relation(child) == "nmod:poss" && tree.Upos(child) == "PRON")
            {
                owner = child;
            }
        }

        if (owner < 0)
        {
            return false;
        }

        // "met his Omani counterpart" names someone else's official; "its ambassador" the source's own.
        var sources = Actors(predicate.Sources).Select(a => a.Country).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        var owned = Actors([objectHead]);
        return sources.Count > 0 && owned.Count > 0 && owned.All(a => sources.Contains(a.Country));
    }

    /// <summary>The heads of the first of these prepositional phrases of the predicate that names an actor (not a bare role), or null.</summary>
    private List<int>? NamedOblique(Predicate predicate, params string[] prepositions)
    {
        foreach (var preposition in prepositions)
        {
            var heads = predicate.ObliqueHeads(preposition).ToList();
            if (heads.Any(DenotesActor))
            {
                return heads;
            }
        }

        return null;
    }

    /// <summary>Whether an argument head names an actor with a country (a bare role as a modifier does not).</summary>
    private bool DenotesActor(int head) => Actors([head]).Any(a => !a.IsBareRole);

    /// <summary>The predicate whose clause contains a noun (for the status, claims and date of a nominal event).</summary>
    private Predicate? Governor(int token)
    {
        var guard = 0;
        for (var h = tree.Head(token); h >= 0 && guard++ < 50; h = tree.Head(h))
        {
            if (byTrigger.TryGetValue(h, out var predicate))
            {
                return predicate;
            }
        }

        return null;
    }

    private void AddEvents(List<EventCandidate> found, Predicate predicate, EventReading reading, int trigger)
    {
        var place = trigger == predicate.Trigger ? places.Assign(predicate) : places.From(trigger, false) ?? places.Assign(predicate);
        var placeWhy = place is null ? "none: no locative phrase of the event names a place (PlaceAssigner)"
            : trigger == predicate.Trigger ? "a locative phrase of the clause or its object (PlaceAssigner)" : "a locative phrase of the event noun or its clause (PlaceAssigner)";
        if (place is null && trigger == predicate.Trigger && reading.Cameo.StartsWith("13", StringComparison.Ordinal))
        {
            // "threatened to institute a curfew in Algiers": a threat is where what it threatens would happen.
            foreach (var child in tree.Children(predicate.Trigger))
            {
                if (tree.Relation(child) == "xcomp" && byTrigger.TryGetValue(child, out var threatened) && places.Assign(threatened) is { } there)
                {
                    place = there;
                    placeWhy = "the place of the threatened act (PlaceAssigner)";
                    break;
                }
            }
        }
        var sourceHeads = reading.SourceHeads ?? predicate.Sources;
        var sources = SourceActors(sourceHeads, place, crowdsAct: reading.Cameo.StartsWith("14", StringComparison.Ordinal));
        var actorWhy = reading.SourceHeads is not null ? $"the source slot of {reading.Rule}"
            : predicate.Passive ? "the by-agent of a passive (PredicateFinder)"
            : predicate.SubjectInherited ? "the subject recovered from the governing clause (PredicateFinder)" : "the subject (PredicateFinder)";

        // A bare role as the object ("sending troops", "deployed police") is what is acted with, not a recipient.
        var defaultTargets = reading.TargetHeads is null ? DefaultTargets(predicate, reading.Cameo) : TargetChoice.None;
        var targetHeads = reading.TargetHeads ?? defaultTargets.Heads;
        var recipientWhy = reading.TargetHeads is not null ? $"the target slot of {reading.Rule}" : defaultTargets.Heads.Count > 0 ? defaultTargets.Rule : "none";
        var named = Actors(targetHeads);
        var targets = TargetActors(targetHeads, place);
        if (targets.Count == 0 && reading.TargetHeads is not null && trigger == predicate.Trigger)
        {
            // The pattern's target slot named no actor ("promised + aid"): look where targets usually are.
            var fallback = DefaultTargets(predicate, reading.Cameo);
            targets = TargetActors(fallback.Heads, place);
            recipientWhy = fallback.Rule;
        }

        if (targets.Count == 0 && place is { Country.Length: 3 } && MentionMerger.IsForce(reading.Cameo) && trigger == predicate.Trigger)
        {
            // "Three soldiers were killed in Baghdad": a bare role that suffers violence is its victim, of the
            // country where it happens.
            targets = named
                .Where(t => t.IsBareRole && t.Kind != ActorMention.Media)
                .Select(t => t.InCountry(place.Country, $"country {place.Country} of the event's place"))
                .ToList();
            recipientWhy = $"{recipientWhy}: bare roles that suffer force, of the country of the event's place (codes.tsv: force)";
        }

        // "prepared to impose martial law in Baghdad" (the capital reads as its government): the source itself is no
        // target, and without another one the event may still imply where it falls. A pronoun ("they blew themselves
        // up") stays, so the act on oneself remains no event.
        targets = targets.Where(t => t.Antecedent is not null || !sources.Any(s => SameParty(s, t, reading.Cameo))).ToList();

        var agentless = sources.Count == 0 && predicate.Passive && predicate.Agents.Count == 0 && targets.Count > 0 && trigger == predicate.Trigger;
        if (agentless && reading.Cameo.StartsWith("15", StringComparison.Ordinal) && targets.All(t => t.Kind != ActorMention.Person))
        {
            // "Thousands of Serbian police were deployed along the border": forces deployed are their own
            // country's show of force; no one else is named as doing it.
            (sources, targets, agentless) = (targets, [], false);
            actorWhy = "forces deployed with no named doer show their own country's force";
        }
        var unnamedDoer = sources.Count == 0 && !agentless && targets.Count > 0 && sourceHeads.Count > 0 && MentionMerger.IsForce(reading.Cameo)
            && sourceHeads.All(h => Causes.IsViolentMeans(tree, h));
        if ((agentless || predicate.Copular) && Causes.HasNonAgentiveCause(tree, predicate.Trigger))
        {
            return; // "manufacturers have been hard hit in the downturn", "villages were destroyed by the earthquake"
        }

        if (sources.Count == 0 && !agentless && !unnamedDoer)
        {
            return;
        }

        var claim = claims.Analyze(predicate);
        if (trigger != predicate.Trigger && tree.Head(trigger) != predicate.Trigger && claim.Intention != Intention.None)
        {
            // "refused to commit to any assistance to the US-led war against Iraq": a noun deeper in the clause than
            // its arguments is a fact the clause refers to, not the act refused, promised or asked for.
            claim = claim with { Intention = Intention.None, Status = EventStatus.Asserted };
        }
        if (unnamedDoer)
        {
            // "A roadside bombing killed one U.S. soldier": violence that happened to a named victim by an unnamed doer is an event.
            if (claim.Status is not (EventStatus.Asserted or EventStatus.Alleged))
            {
                return;
            }

            sources = [ActorMention.UnnamedDoer(tree.Subtree(sourceHeads[0]), place)];
            actorWhy = "an unnamed doer: the subject is a weapon, attack or attackers (word class violent-means)";
        }

        if (targets.Count == 0 && options.ImplyDomesticTargets && !reading.Symmetric && !reading.OneSided && ImpliedTarget(reading.Cameo, sources, place, trigger) is { } implied)
        {
            targets = [implied];
            recipientWhy = $"implied-target {Rules.RuleOf(reading.Cameo, CodeProperty.ImpliedTarget)?.Row}";
        }

        // "Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials": a court, police or
        // government with no country from its phrase, the place or the article acts on its own nationals.
        var recipientCountries = targets.Select(t => t.Country).Where(c => c.Length == 3).Distinct(StringComparer.Ordinal).ToList();
        if (recipientCountries.Count == 1)
        {
            for (var i = 0; i < sources.Count; i++)
            {
                if (sources[i] is { IsBareRole: true, Sector: "JUD" or "COP" or "GOV" or "LEG" } institution
                    && !targets.Any(t => t.Code == recipientCountries[0] + institution.Code))
                {
                    sources[i] = institution.InCountry(recipientCountries[0], $"country {recipientCountries[0]} of the people it acts on");
                }
            }
        }


        if (claim.Intention == Intention.Requested && trigger == predicate.Trigger)
        {
            return; // "urged Seoul to send weapons": the request is the event, the asked-for act did not happen
        }

        if (claim.Intention == Intention.Refused && (reading.Cameo.StartsWith("01", StringComparison.Ordinal) || Attribution.FramingVerbs.Reporting.Contains(predicate.Lemma)))
        {
            return; // "declined to comment" refuses a statement, not an act
        }

        string Framed(string code) => !options.DeriveFramedCodes ? code : claim.Intention switch
        {
            // A promised or announced sanction, blockade or restriction ("would boycott", "will extend the curfew") is
            // a threat until it is carried out (PLOVER THREATEN: a statement of intent to coerce).
            Intention.Own => DerivedCodes.ForIntended(code),
            Intention.Demanded => DerivedCodes.ForDemanded(code),
            Intention.Refused => DerivedCodes.ForRefused(code),
            _ => code,
        };

        var cameo = Framed(reading.Cameo);
        var reverseCameo = reading.ReverseCameo is { } back && claim.Intention is Intention.None or Intention.Own ? Framed(back) : null;
        if (claim.Intention == Intention.Demanded && options.DeriveFramedCodes)
        {
            // The claimant demands the act of its doers: "Sudan must return the helicopter, Russia said" is RUS → SDN.
            targets = sources;
            sources = claim.ClaimedBy.Where(c => !c.IsOutlet).ToList();
            (actorWhy, recipientWhy) = ("the claimant of a demand (ClaimAnalyzer)", $"the doer of the demanded act, who was {actorWhy}");
            claim = claim with { Status = EventStatus.Asserted };
            if (sources.Count == 0)
            {
                return;
            }
        }
        else if (claim.Intention == Intention.Refused)
        {
            claim = claim with { Status = EventStatus.Asserted }; // the refusal itself happened
        }

        // A cooperative verb's bare default code ("met", "helped", "supported") is an interaction: without anyone it
        // reaches, it is no event. Agreeing, demanding, rejecting, threatening, yielding and force may stand alone.
        if (targets.Count == 0 && reading.Specificity == 0 && !reading.Symmetric && NeedsRecipient(cameo) && !(claim.Intention is Intention.Demanded))
        {
            if (!((reading.Symmetric || IsMutual(cameo)) && sources.Count > 1))
            {
                return;
            }
        }

        // "I intend to keep that promise", "the government intends to hold referendums", "is the government prepared to
        // deal with the cyclone": a plan with no one it is for and no act the coder reads is no agreement.
        if (targets.Count == 0 && cameo == "030" && trigger == predicate.Trigger && Planning.Contains(predicate.Lemma))
        {
            return;
        }

        var (date, precision, dateText) = trigger == predicate.Trigger
            ? dates.Assign(predicate, claim.Status, claim.FramingVerb, byTrigger)
            : NominalDate(trigger, predicate, claim);
        var triggerTokens = TriggerTokens(trigger, reading);
        var dateWhy = dateText.Length > 0 ? $"the date expression '{dateText}' (Dates, precision {EventJson.PrecisionName(precision)})" : $"the publication date (precision {EventJson.PrecisionName(precision)})";
        var typeWhy = cameo == reading.Cameo ? reading.Rule : $"{reading.Rule}, {reading.Cameo} {claim.Intention.ToString().ToLowerInvariant()} (derived-codes.tsv)";
        EventCandidate Candidate(string code, ActorMention actor, ActorMention? recipient, string? recipientRule = null) => new(tree.Sentence.Index, trigger,
            triggerTokens, code, reading.Rule, actor, recipient, claim.Status, claim.ClaimedBy, claim.ReportedBy, date, precision,
            dateText, place)
        {
            Explain = new EventExplanation(typeWhy, actorWhy, recipient is null ? "none" : recipientRule ?? recipientWhy, dateWhy, placeWhy),
        };

        var pairs = new List<(ActorMention Actor, ActorMention? Recipient)>();
        if (agentless)
        {
            foreach (var target in targets)
            {
                found.Add(Candidate(cameo, target, target) with { Agentless = true });
            }

            return;
        }

        if (targets.Count > 0)
        {
            foreach (var source in sources)
            {
                foreach (var target in targets)
                {
                    if (!SameParty(source, target, cameo))
                    {
                        pairs.Add((source, target));
                    }
                }
            }
        }
        else if ((reading.Symmetric || IsMutual(cameo) || Reciprocal.Contains(predicate.Lemma)) && sources.Count > 1)
        {
            foreach (var a in sources)
            {
                foreach (var b in sources)
                {
                    if (!ReferenceEquals(a, b) && !SameActor(a, b))
                    {
                        pairs.Add((a, b));
                        recipientWhy = "mutual: coordinated actors act on each other (codes.tsv: mutual, a symmetric reading, or word class reciprocal)";
                    }
                }
            }
        }
        else if (!options.RequireDyad)
        {
            pairs.AddRange(sources.Select(s => (s, (ActorMention?)null)));
        }

        foreach (var (actor, recipient) in pairs)
        {
            if (reading.OnlyReverse)
            {
                // "[:080]": the words code only the event back from the target to the source.
                if (recipient is not null && !recipient.IsUnknown)
                {
                    found.Add(Candidate(cameo, recipient, actor));
                }

                continue;
            }

            found.Add(Candidate(cameo, actor, recipient) with { Plover = claim.Intention == Intention.None ? reading.Plover : null });

            // "[042:043]": the visited hosts the visit; "[057:057]": both sign.
            if (reverseCameo is not null && recipient is not null && !recipient.IsUnknown && !actor.IsUnknown
                && !found.Any(c => c.Trigger == trigger && c.Actor == recipient && c.Recipient == actor && c.Cameo == reverseCameo))
            {
                found.Add(Candidate(reverseCameo, recipient, actor));
            }
        }
    }

    private (DateOnly, DatePrecision, string) NominalDate(int noun, Predicate governor, ClaimContext claim)
    {
        if (dates.On(noun) is { } own)
        {
            return (own.Date, own.Precision, own.Text);
        }

        var (date, precision, text) = dates.Assign(governor, claim.Status, claim.FramingVerb, byTrigger);
        return (date, precision == DatePrecision.Day ? DatePrecision.Before : precision, text);
    }

    private TokenRange TriggerTokens(int trigger, EventReading reading)
    {
        var start = trigger;
        var end = trigger + 1;
        foreach (var token in reading.TriggerTokens)
        {
            if (Math.Abs(token - trigger) <= 3)
            {
                start = Math.Min(start, token);
                end = Math.Max(end, token + 1);
            }
        }

        return new TokenRange(start, end);
    }

    /// <summary>
    /// Whom an event is aimed at when its reading names no target slot: the first rule of the target cascade
    /// (data/coding/targets.tsv) whose conditions hold and that reaches an actor. Pattern rows are matched by
    /// <see cref="TargetMatcher"/>; built-in rows are the strategies below.
    /// </summary>
    private TargetChoice DefaultTargets(Predicate predicate, string cameo = "", int depth = 0)
    {
        foreach (var rule in Rules.Targets)
        {
            if (!matcher.Holds(rule, predicate, cameo))
            {
                continue;
            }

            if (rule.Builtin is { } name)
            {
                if (Builtin(name, predicate, cameo, depth) is { Heads.Count: > 0 } found)
                {
                    return found with { Rule = found.Rule.Length > 0 ? $"{rule.Name} > {found.Rule}" : rule.Name };
                }
            }
            else if (matcher.Match(rule, predicate) is { } heads)
            {
                return new TargetChoice(heads, rule.Name);
            }
        }

        return TargetChoice.None;
    }

    private TargetChoice? Builtin(TargetStrategy strategy, Predicate predicate, string cameo, int depth) => strategy switch
    {
        // "rejected calls by Kofi Annan", "accepted demands from Shona rebels": answering a proposal answers whoever made it.
        TargetStrategy.ProposalAuthors => Found(AuthorsOfProposal(predicate)),
        TargetStrategy.Objects => Found(Objects(predicate)),
        TargetStrategy.ForceVictims => Found(Victims(predicate, cameo)),
        TargetStrategy.PurposeAddressee => depth == 0 ? Found(Addressee(predicate)) : null,
        TargetStrategy.Complement => Complement(predicate, cameo, depth),
        TargetStrategy.ThreatCondition => Found(ConditionSubjects(predicate, 0)),
        _ => null,
    };

    private static TargetChoice? Found(IReadOnlyList<int>? heads) => heads is { Count: > 0 } ? new TargetChoice(heads, string.Empty) : null;

    /// <summary>
    /// The objects (the subject of a passive), without the source's own people ("recalled its ambassador from
    /// Kabul": what it acts with): when one is a named actor or a named office holder the dictionaries lack
    /// ("ordered former president Carlos Menem to appear").
    /// </summary>
    private List<int>? Objects(Predicate predicate)
    {
        var targets = OwnTargets(predicate);
        return Actors(targets).Any(a => !a.IsBareRole || a.Kind == ActorMention.Person) ? targets : null;
    }

    private List<int> OwnTargets(Predicate predicate) =>
        predicate.Passive ? [.. predicate.Targets] : predicate.Targets.Where(o => !OwnedBySource(predicate, o)).ToList();

    /// <summary>
    /// "killed three soldiers in Baghdad": bare roles that suffer force are its victims (given the place's country by
    /// the caller), not the city; "fired two artillery shells near a vessel": what is fired is the means, not a victim.
    /// </summary>
    private List<int>? Victims(Predicate predicate, string cameo)
    {
        var victims = OwnTargets(predicate).Where(t => !Causes.IsMunition(tree, t)).ToList();
        return MentionMerger.IsForce(cameo) && Actors(victims).Any(a => a.IsBareRole && a.Kind != ActorMention.Media) ? victims : null;
    }

    /// <summary>
    /// "summoned Niger's ambassador to complain of inaction", "called in the envoy to protest": an act of words done
    /// for a purpose (codes.tsv: addressed) is addressed to whom its governor acted on, unless it names its own.
    /// </summary>
    private List<int>? Addressee(Predicate predicate)
    {
        if (predicate.SubjectInherited && predicate.Marker == "to" && predicate.LinkToParent is "advcl" or "xcomp"
            && byTrigger.TryGetValue(predicate.Parent, out var governor) && !governor.Passive)
        {
            var addressed = governor.Objects.Where(DenotesActor).ToList();
            if (addressed.Count > 0 && NamedOblique(predicate, DefaultTargetPrepositions) is null)
            {
                return addressed;
            }
        }

        return null;
    }

    /// <summary>
    /// "threatened to cut off electricity to Nakhichevan", "offered to host talks with Seoul": the complement names
    /// the target; "blocked a road to show their disapproval for the United States' policies": so does a protest's purpose.
    /// </summary>
    private TargetChoice? Complement(Predicate predicate, string cameo, int depth)
    {
        foreach (var complement in tree.Children(predicate.Trigger))
        {
            var purpose = cameo.StartsWith("14", StringComparison.Ordinal) && tree.IsBase(complement, "advcl") && tree.HasChildLemma(complement, "mark", "to");
            if (byTrigger.TryGetValue(complement, out var inner) && (inner.LinkToParent == "xcomp" || purpose) && inner.SubjectInherited && depth < 2)
            {
                var choice = DefaultTargets(inner, cameo, depth + 1);
                if (choice.Heads.Count > 0)
                {
                    return choice;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The actors the subject heads denote; a bare role ("opposition groups", "police") takes the country
    /// named inside its own phrase ("opposition groups in Zimbabwe"), else the event's place, else the
    /// article's most recent country.
    /// </summary>
    private List<ActorMention> SourceActors(IReadOnlyList<int> heads, EventPlace? place, bool crowdsAct = false)
    {
        var sources = new List<ActorMention>();
        foreach (var head in heads.Distinct())
        {
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

                var country = CountryInPhrase(head, mention);
                sources.Add(country is null ? WithContextCountry(mention, place) : mention.InCountry(country, $"country {country} from its own phrase"));
            }
        }

        return sources;
    }

    /// <summary>
    /// The recipients the target heads denote: named actors, and bare roles that name their country in their own
    /// phrase ("food aid to refugees fleeing the civil war in Liberia"); other bare roles are no recipients.
    /// </summary>
    private List<ActorMention> TargetActors(IReadOnlyList<int> heads, EventPlace? place = null)
    {
        var targets = new List<ActorMention>();
        foreach (var head in heads)
        {
            foreach (var mention in Actors([head]))
            {
                if (!mention.IsBareRole)
                {
                    targets.Add(Resident(mention, head, place));
                }
                else if (mention.Kind != ActorMention.Media && CountryInPhrase(head, mention, originOnly: true) is { } country)
                {
                    targets.Add(mention.InCountry(country, $"country {country} from its own phrase"));
                }
                else if (mention.Kind == ActorMention.Person && WithContextCountry(mention, place) is { IsBareRole: false } official)
                {
                    // "dismissed an appeal from President Laurent Gbagbo": a named office holder the dictionaries lack is
                    // someone, of the country where it happens or the article is about.
                    targets.Add(official);
                }
            }
        }

        return targets;
    }

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
        var country = CountryInPhrase(head, mention, originOnly: true) ?? (ethnic && place is { Country.Length: 3 } ? place.Country : null);
        return country is null || country == mention.Country
            ? mention
            : mention with { Country = country, Code = country, Entry = $"{mention.Entry}; living in {country}" };
    }

    /// <summary>
    /// The country a bare role's own phrase names, by an actor or a place inside it ("opposition groups in Zimbabwe").
    /// With <paramref name="originOnly"/> the country must be where the people are or come from ("refugees fleeing
    /// the war in Liberia"), not a landmark beside them ("a guerrilla stronghold on the Thai border").
    /// </summary>
    private string? CountryInPhrase(int head, ActorMention role, bool originOnly = false)
    {
        var phrase = tree.Subtree(head);
        var inner = resolver.Mentions.FirstOrDefault(m => m.Country.Length == 3 && !ReferenceEquals(m, role) && m.Tokens.Start >= phrase.Start && m.Tokens.End <= phrase.End
            && (!originOnly || OfOrigin(m.Tokens.Start, head)));
        var innerPlace = placeMentions.FirstOrDefault(p => p.Tokens.Start >= phrase.Start && p.Tokens.End <= phrase.End && p.Place.Country.Length == 3
            && (!originOnly || OfOrigin(p.Tokens.Start, head)));
        return inner?.Country ?? innerPlace?.Place.Country;
    }

    /// <summary>Whether the path from a token up to a head goes through an in/from/of phrase and no other.</summary>
    private bool OfOrigin(int token, int head)
    {
        var origin = false;
        var guard = 0;
        for (var t = token; t >= 0 && t != head && guard++ < 20; t = tree.Head(t))
        {
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

    /// <summary>The actors (never outlets) the argument heads denote.</summary>
    private List<ActorMention> Actors(IReadOnlyList<int> heads)
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

    /// <summary>The recipient a one-sided domestic event implies (codes.tsv, implied-target; see <see cref="CoderOptions.ImplyDomesticTargets"/>), or null.</summary>
    private static ActorMention? ImpliedTarget(string cameo, IReadOnlyList<ActorMention> sources, EventPlace? place, int trigger)
    {
        if (Rules.RuleOf(cameo, CodeProperty.ImpliedTarget) is not { } row)
        {
            return null;
        }

        var rule = ImpliedTargetRule.Parse(row.Value, row.Row);
        var placeCountry = place is { Country.Length: 3 } ? place.Country : null;
        var sourceCountry = sources.Select(s => s.Country).FirstOrDefault(c => c.Length == 3);
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

        return new ActorMention(new TokenRange(trigger, trigger), country + rule.Sector, country, rule.Sector, ActorMention.State, $"implied: {row.Reason}");
    }

    /// <summary>CAMEO roots of interactions that need a recipient to be events: consult, support, cooperate, aid.</summary>
    private static bool NeedsRecipient(string cameo) => Rules.Has(cameo, CodeProperty.NeedsRecipient);

    /// <summary>Cooperative acts of several coordinated parties with no other target are mutual ("Kim and Putin signed a treaty").</summary>
    private static bool IsMutual(string cameo) => Rules.Has(cameo, CodeProperty.Mutual);

    /// <summary>
    /// A bare role with no country ("police", "troops") takes the country of the event's place, else of
    /// the country the article mentioned most recently before this sentence; the entry says so.
    /// </summary>
    private ActorMention WithContextCountry(ActorMention mention, EventPlace? place)
    {
        if (!mention.IsBareRole || mention.Kind == ActorMention.Media)
        {
            return mention;
        }

        if (place is { Country.Length: 3 })
        {
            return mention.InCountry(place.Country, $"country {place.Country} of the event's place");
        }

        // "Police in Nairobi fired tear gas at opposition supporters": the one country the sentence names comes
        // before whatever the article named last.
        var country = SentenceCountry() ?? contextCountry();
        return country is null ? mention : mention.InCountry(country, $"country {country} inferred from the article");
    }

    /// <summary>
    /// The country of the places the sentence names, when they are all in one. Actors do not count: "the rebels
    /// released 12 hostages, including two French citizens" says nothing of where the rebels are from.
    /// </summary>
    private string? SentenceCountry()
    {
        var countries = placeMentions.Select(p => p.Place.Country).Where(c => c.Length == 3)
            .Distinct(StringComparer.Ordinal)
            .Take(2)
            .ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>
    /// Whether a target is its source over again: the same actor named by a place ("imposed martial law in
    /// Baghdad", the capital read as the government), by the same words, or by a pronoun ("they blew themselves
    /// up"). For appeals, demands, hostile and conceding acts, two different phrases for parties of one country
    /// are two parties ("Serb forces killed three ethnic Albanians in southern Serbia": SRB on SRB; "Bosnian
    /// Serbs demanded guarantees from Bosnian Croats": BIH on BIH), as ICEWS and PLOVER code
    /// domestic events; cooperation between a country and itself ("reach agreement on the fate of Palestinian
    /// offices") remains none.
    /// </summary>
    private bool SameParty(ActorMention source, ActorMention target, string cameo)
    {
        if (!SameActor(source, target))
        {
            return false;
        }

        var domestic = Rules.Has(cameo, CodeProperty.Domestic);
        return !domestic || target.Antecedent is not null || source.Antecedent is not null || NamesPlace(target) || SameWords(source, target)
            || (source.Tokens.Start < target.Tokens.End && target.Tokens.Start < source.Tokens.End);
    }

    private bool NamesPlace(ActorMention mention) =>
        placeMentions.Any(p => p.Tokens.Start < mention.Tokens.End && mention.Tokens.Start < p.Tokens.End);

    private bool SameWords(ActorMention a, ActorMention b)
    {
        if (a.Tokens.Count != b.Tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < a.Tokens.Count; k++)
        {
            if (!tree.Document.Form(a.Tokens.Start + k).Equals(tree.Document.Form(b.Tokens.Start + k), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Same code, or same country and sector; actors without a country (the Arab League, the European Community) only by code.</summary>
    private static bool SameActor(ActorMention a, ActorMention b) =>
        !a.IsUnknown && !b.IsUnknown && (a.Code == b.Code || (a.Country.Length > 0 && a.Country == b.Country && a.Sector == b.Sector));
}
