using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Constructions;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Coding.Targets;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Places;

namespace Annalist.Coding;

/// <summary>
/// Finds the event candidates of one parsed sentence: every predicate and event noun the lexicon
/// reads as an event, with its source and target actors (outlets excluded), status and claims, date
/// and place; coordinated actors give one event each, symmetric acts one per direction.
/// </summary>
internal sealed class SentenceCoder
{
    /// <summary>Verbs of planning and readiness whose own code is only the general intent (030).</summary>
    private static readonly WordClass Planning = CodingRules.Shipped.Words("planning");

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
    private readonly Participants participants;
    private readonly OpenActors open;
    private readonly Recipients recipients;
    private readonly TargetFinder targetFinder;
    private readonly EventFolding folding;

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
        open = new OpenActors(tree, resolver.Mentions, placeMentions, temporal.Select(t => t.Tokens).ToList());
        participants = new Participants(tree, resolver, placeMentions, contextCountry);
        targetFinder = new TargetFinder(tree, byTrigger, participants, resolver);
        folding = new EventFolding(tree, byTrigger);
        recipients = new Recipients(participants, targetFinder, places, open, options);
    }

    public IReadOnlyList<Predicate> Predicates => predicates;

    /// <summary>The open actors among the sentence's clause arguments (<see cref="OpenActors.OfArguments"/>).</summary>
    public IEnumerable<ActorMention> OpenArguments() => open.OfArguments(predicates);

    public List<EventCandidate> Code()
    {
        var found = new List<EventCandidate>();
        foreach (var (predicate, reading, trigger) in new SentenceReadings(tree, predicates, byTrigger, resolver, lexicon, claims, participants).Find())
        {
            AddEvents(found, predicate, reading, trigger);
        }

        if (options.CodeCriticalStatements)
        {
            found.AddRange(StatementConstruction.Apply(tree, predicates, resolver, claims, dates, places, CodingRules.Shipped.Constructions));
        }

        folding.FoldComplements(found);
        folding.DropSubjectNouns(found);
        found.Sort((a, b) => a.Trigger.CompareTo(b.Trigger));
        return found;
    }

    private void AddEvents(List<EventCandidate> found, Predicate predicate, EventReading reading, int trigger)
    {
        var (place, placeWhy) = places.ForEvent(predicate, trigger, reading.Cameo, byTrigger);
        var sourceHeads = reading.SourceHeads ?? predicate.Sources;
        var sources = participants.SourceActors(sourceHeads, place, crowdsAct: Rules.Has(reading.Cameo, CodeProperty.Protest));
        var actorWhy = reading.SourceHeads is not null ? $"the source slot of {reading.Rule}"
            : predicate.Passive ? "the by-agent of a passive (PredicateFinder)"
            : predicate.SubjectInherited ? "the subject recovered from the governing clause (PredicateFinder)" : "the subject (PredicateFinder)";

        var (targetHeads, targets, recipientWhy) = recipients.Initial(predicate, reading, trigger, place, placeWhy);
        // "prepared to impose martial law in Baghdad" (the capital reads as its government): the source itself is no
        // target, and without another one the event may still imply where it falls. A pronoun ("they blew themselves
        // up") stays, so the act on oneself remains no event.
        targets = targets.Where(t => t.Antecedent is not null || !sources.Any(s => participants.SameParty(s, t, reading.Cameo))).ToList();

        var agentless = sources.Count == 0 && predicate.Passive && predicate.Agents.Count == 0 && targets.Count > 0 && trigger == predicate.Trigger;
        if (agentless && Rules.Has(reading.Cameo, CodeProperty.ShowOfForce) && targets.All(t => t.Kind != ActorMention.Person))
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

        if (sources.Count == 0 && !agentless && !unnamedDoer && options.OpenActors)
        {
            // "The ELN released Odin Sanchez": a named doer no dictionary knows is kept, unresolved.
            sources = sourceHeads.Select(open.Of).OfType<ActorMention>().ToList();
            actorWhy = $"{actorWhy}, an open actor";
        }

        if (sources.Count == 0 && !agentless && !unnamedDoer)
        {
            return;
        }

        var claim = OwnSideWarnings.Apply(claims.Analyze(predicate), reading.Cameo, sources);
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

        if (targets.Count == 0 && recipients.Fallback(predicate, reading, trigger, place, sources, sourceHeads, targetHeads, agentless) is { } fallback)
        {
            (targets, recipientWhy) = fallback;
        }

        // "Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials": a court, police or
        // government with no country from its phrase, the place or the article acts on its own nationals.
        var recipientCountries = targets.Select(t => t.Country).Where(ActorCode.IsCountry).Distinct(StringComparer.Ordinal).ToList();
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

        if (claim.Intention == Intention.Refused && (Rules.Has(reading.Cameo, CodeProperty.Statement) || Attribution.FramingVerbs.Reporting.Contains(predicate.Lemma)))
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

        var (cameo, countWhy) = VictimCount.Apply(tree, Framed(reading.Cameo), targetHeads);
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

        var dated = trigger == predicate.Trigger
            ? dates.Decide(predicate, claim.Status, claim.FramingVerb, byTrigger)
            : dates.DecideForNoun(trigger, predicate, claim.Status, claim.FramingVerb, byTrigger);
        var (date, precision, dateText) = (dated.Date, dated.Precision, dated.Text);
        var triggerTokens = reading.TriggerSpan(trigger);
        var dateWhy = dated.Why;
        var typeWhy = countWhy is not null ? $"{reading.Rule}, {countWhy}"
            : cameo == reading.Cameo ? reading.Rule : $"{reading.Rule}, {reading.Cameo} {claim.Intention.ToString().ToLowerInvariant()} (derived-codes.tsv)";
        EventCandidate Candidate(string code, ActorMention actor, ActorMention? recipient, string? recipientRule = null) => new(tree.Sentence.Index, trigger,
            triggerTokens, code, reading.Rule, actor, recipient, claim.Status, claim.ClaimedBy, claim.ReportedBy, date, precision,
            dateText, place)
        {
            Explain = new EventExplanation(typeWhy, actorWhy, recipient is null ? "none" : recipientRule ?? recipientWhy, dateWhy, placeWhy),
        };

        if (agentless)
        {
            foreach (var target in targets)
            {
                found.Add(Candidate(cameo, target, target) with { Agentless = true });
            }

            return;
        }

        var mutual = reading.Symmetric || IsMutual(cameo) || Dyads.Reciprocal.Contains(predicate.Lemma);
        var (pairs, mutualWhy) = Dyads.Pair(sources, targets, cameo, mutual, options.RequireDyad, participants);
        recipientWhy = mutualWhy ?? recipientWhy;
        foreach (var (actor, recipient) in pairs)
        {
            if (actor is { IsUnresolved: true, HasCountry: false } && (recipient is null || (recipient is { IsUnresolved: true, HasCountry: false } && (actor.Tokens.Count < 2 || recipient.Tokens.Count < 2))))
            {
                // "Iodine declined", "Twitter gave Wikinews": with no coded party, an event needs two parties named in
                // more than one word ("The ELN will release Odin Sanchez").
                continue;
            }

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

    /// <summary>CAMEO roots of interactions that need a recipient to be events: consult, support, cooperate, aid.</summary>
    private static bool NeedsRecipient(string cameo) => Rules.Has(cameo, CodeProperty.NeedsRecipient);

    /// <summary>Cooperative acts of several coordinated parties with no other target are mutual ("Kim and Putin signed a treaty").</summary>
    private static bool IsMutual(string cameo) => Rules.Has(cameo, CodeProperty.Mutual);
}
