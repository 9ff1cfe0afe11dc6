using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Coding.Targets;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// Turns one reading of a predicate or event noun into event candidates, in four decisions, each of which may find
/// that there is no event: who acts on whom (<see cref="Parties"/>), under which claim (<see cref="Attribute"/>),
/// with which code (<see cref="Code"/>), and the candidates themselves, one per actor and recipient
/// (<see cref="Emit"/>). The data each decision reads is named in docs/coding.md, "Where each decision is made".
/// </summary>
internal sealed class ReadingEvents(
    SentenceTree tree, IReadOnlyDictionary<int, Predicate> byTrigger, Participants participants, Recipients recipients, OpenActors open,
    ClaimAnalyzer claims, DateAssigner dates, PlaceAssigner places, CoderOptions options)
{
    /// <summary>Verbs of planning and readiness whose own code is only the general intent (030).</summary>
    private static readonly WordClass Planning = CodingRules.Shipped.Words("planning");

    /// <summary>The general intent, all a verb of planning codes by itself.</summary>
    private static readonly CameoCode GeneralIntent = CameoCode.Parse("030");

    private static CodingRules Rules => CodingRules.Shipped;

    public void Add(List<EventCandidate> found, Predicate predicate, EventReading reading, int trigger)
    {
        var draft = new EventDraft(predicate, reading, trigger);
        if (Parties(draft) && Attribute(draft) && Code(draft))
        {
            Emit(found, draft);
        }
    }

    /// <summary>The place, the sources and the targets of the reading; false when no one named does it.</summary>
    private bool Parties(EventDraft d)
    {
        var (predicate, reading, trigger) = (d.Predicate, d.Reading, d.Trigger);
        (d.Place, d.PlaceWhy) = places.ForEvent(predicate, trigger, reading.Cameo, byTrigger);
        d.SourceHeads = reading.SourceHeads ?? predicate.Sources;
        d.Sources = participants.SourceActors(d.SourceHeads, d.Place, crowdsAct: Rules.Has(reading.Cameo, CodeProperty.Protest));
        if (d.SourceHeads.Contains(tree.Head(predicate.Trigger)))
        {
            // "a statement condemning Israel": the noun a participle modifies does it, never a party of the participle's own clause.
            var clause = tree.Subtree(predicate.Trigger);
            d.Sources.RemoveAll(m => clause.Contains(m.Tokens));
        }
        d.ActorWhy = reading.SourceHeads is not null ? $"the source slot of {reading.Rule}"
            : predicate.Passive ? "the by-agent of a passive (PredicateFinder)"
            : predicate.SubjectInherited ? "the subject recovered from the governing clause (PredicateFinder)" : "the subject (PredicateFinder)";

        var (targetHeads, targets, recipientWhy) = recipients.Initial(predicate, reading, trigger, d.Place, d.PlaceWhy);
        (d.TargetHeads, d.RecipientWhy) = (targetHeads, recipientWhy);
        // "prepared to impose martial law in Baghdad" (the capital reads as its government): the source itself is no
        // target, and without another one the event may still imply where it falls. A pronoun ("they blew themselves
        // up") stays, so the act on oneself remains no event; a possessive one on what the act is on does not ("Kenya
        // renewed its demands" renews Kenya's demands, an act with no other party).
        d.Targets = targets.Where(t => (t.Antecedent is not null && tree.Relation(tree.Document.HeadOf(t.Tokens)) != "nmod:poss")
            || !d.Sources.Any(s => participants.SameParty(s, t, reading.Cameo))).ToList();
        if (IsCooperative(reading.Cameo))
        {
            // "Kenya and Uganda signed a security pact against al-Shabaab", "offered support against the rebels": whom a
            // cooperative act is against is its opponent, never its partner or beneficiary (word class adversative-prepositions).
            d.Targets.RemoveAll(t => participants.Opposed(tree.Document.HeadOf(t.Tokens), trigger));
            d.TargetHeads = d.TargetHeads.Where(h => !participants.Opposed(h, trigger)).ToList();
        }

        d.Agentless = d.Sources.Count == 0 && predicate.Passive && predicate.Agents.Count == 0 && d.Targets.Count > 0 && d.ByPredicate;
        if (d.Agentless && Rules.Has(reading.Cameo, CodeProperty.ShowOfForce) && d.Targets.All(t => t.Kind != ActorMention.Person))
        {
            // "Thousands of Serbian police were deployed along the border": forces deployed are their own
            // country's show of force; no one else is named as doing it.
            (d.Sources, d.Targets, d.Agentless) = (d.Targets, [], false);
            d.ActorWhy = "forces deployed with no named doer show their own country's force";
        }

        d.UnnamedDoer = d.Sources.Count == 0 && !d.Agentless && d.Targets.Count > 0 && d.SourceHeads.Count > 0 && MentionMerger.IsForce(reading.Cameo)
            && d.SourceHeads.All(h => Causes.IsViolentMeans(tree, h));
        if (d.UnnamedDoer && UserOfMeans(d.SourceHeads[0]) is { Count: > 0 } users && !d.Targets.Any(t => users.Any(u => participants.SameParty(u, t, reading.Cameo))))
        {
            // "The US carried out a drone strike that killed an al-Qaeda leader": the strike is the one's who carried it out.
            (d.Sources, d.UnnamedDoer) = (users, false);
            d.ActorWhy = "the subject of the clause whose object the means are (ReadingEvents.UserOfMeans)";
        }

        if ((d.Agentless || predicate.Copular || d.Sources.Count == 0 && !d.UnnamedDoer) && Causes.HasNonAgentiveCause(tree, predicate.Trigger))
        {
            // "manufacturers have been hard hit in the downturn", "villages were destroyed by the earthquake", and in a
            // headline with no auxiliary, "At least 100 killed in crane collapse"
            return false;
        }

        if (d.Sources.Count == 0 && !d.Agentless && !d.UnnamedDoer && options.OpenActors)
        {
            // "The Quenx Front released Zorblat Amar": a named doer no dictionary knows is kept, unresolved.
            d.Sources = d.SourceHeads.Select(open.Of).OfType<ActorMention>().ToList();
            d.ActorWhy = $"{d.ActorWhy}, an open actor";
        }
        else if (d.Sources.Count > 0 && !d.Agentless && options.OpenActors)
        {
            // "Kenya and the Zemblan Trade Bloc have agreed": a doer no dictionary knows, coordinated with a known one, acts with it.
            var coordinated = d.SourceHeads.SelectMany(h => tree.WithConjuncts(h)).Distinct()
                .Where(c => participants.Actors([c]).Count == 0).Select(open.Of).OfType<ActorMention>()
                .Where(o => !d.Sources.Any(s => s.Tokens.Overlaps(o.Tokens))).ToList();
            if (coordinated.Count > 0)
            {
                d.Sources = [.. d.Sources, .. coordinated];
                d.ActorWhy = $"{d.ActorWhy}, with an open actor coordinated with it";
            }
        }

        return d.Sources.Count > 0 || d.Agentless || d.UnnamedDoer;
    }

    /// <summary>
    /// The claim around the act (asserted, alleged, denied; intended, demanded, refused, requested), an unnamed doer,
    /// a recipient implied when none is named, and the country of a bare institution; false when the reading
    /// is not an event of its own (a request's asked-for act, a refused comment).
    /// </summary>
    private bool Attribute(EventDraft d)
    {
        var (predicate, reading, trigger) = (d.Predicate, d.Reading, d.Trigger);
        d.Claim = OwnSideWarnings.Apply(claims.Analyze(predicate), reading.Cameo, d.Sources);
        if (!d.ByPredicate && tree.Head(trigger) != predicate.Trigger && d.Claim.Intention != Intention.None)
        {
            // "refused to commit to any assistance to the US-led war against Iraq": a noun deeper in the clause than
            // its arguments is a fact the clause refers to, not the act refused, promised or asked for.
            d.Claim = d.Claim with { Intention = Intention.None, Status = EventStatus.Asserted };
        }

        if (d.ByPredicate && IsStandingRelation(predicate))
        {
            return false; // "Hamas, which controls Gaza, rejected the proposal": who a party is, not what it did
        }

        if (d.UnnamedDoer)
        {
            // "A roadside bombing killed one U.S. soldier": violence that happened to a named victim by an unnamed doer is an event.
            if (d.Claim.Status is not (EventStatus.Asserted or EventStatus.Alleged))
            {
                return false;
            }

            d.Sources = [ActorMention.UnnamedDoer(tree.Subtree(d.SourceHeads[0]), d.Place)];
            d.ActorWhy = "an unnamed doer: the subject is a weapon, attack or attackers (word class violent-means)";
        }

        if (d.Targets.Count == 0 && recipients.Fallback(predicate, reading, trigger, d.Place, d.Sources, d.SourceHeads, d.TargetHeads, d.Agentless) is { } fallback)
        {
            (d.Targets, d.RecipientWhy) = fallback;
        }

        // "Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials": a court, police or
        // government with no country from its phrase, the place or the article acts on its own nationals. A state is
        // no national: "President John Doe criticized China" says nothing of where the president is from.
        TakeTargetCountry(d, d.Targets.Where(t => !NamesState(t)), (role, country) => role.Sector is "JUD" or "COP" or "GOV" or "LEG" && !d.Targets.Any(t => t.Code == country + role.Code), "of the people it acts on");

        // "Islamic fundamentalists continued their hunger strike to demand the resignation of Algerian President Ahmed
        // Ben Bella": people with no country of their own protesting against one country's authorities are its people.
        if (Rules.Has(d.Reading.Cameo, CodeProperty.Protest))
        {
            TakeTargetCountry(d, d.Targets.Where(t => t.Sector is "GOV" or "LEG" or "JUD" or "COP" || NamesState(t)), (role, _) => role.Kind != ActorMention.Media, "of the authorities it protests against");
        }

        if (d.Claim.Intention == Intention.Requested && d.ByPredicate)
        {
            return false; // "urged Seoul to send weapons": the request is the event, the asked-for act did not happen
        }

        // "declined to comment" refuses a statement, not an act
        return !(d.Claim.Intention == Intention.Refused && (Rules.Has(reading.Cameo, CodeProperty.Statement) || FramingVerbs.Reporting.Contains(predicate.Lemma)));
    }

    /// <summary>
    /// The parties that used the means an act was done with, when the means are the object of a clause of theirs: "The US
    /// carried out a drone strike that killed ...", "Israeli jets fired missiles that hit a hospital". Empty otherwise.
    /// </summary>
    private List<ActorMention> UserOfMeans(int means)
    {
        var verb = tree.Head(means);
        if (verb < 0 || !tree.IsBase(means, "obj") || !byTrigger.TryGetValue(verb, out var user) || user.Passive)
        {
            return [];
        }

        return participants.Actors(user.Subjects).Where(a => !a.IsOutlet).ToList();
    }

    /// <summary>
    /// A relative clause in the simple present with no auxiliary ("Hamas, which controls Gaza", "Iran, which backs the
    /// militia") says what a party is or habitually does: background to the sentence's news, no event of a date.
    /// </summary>
    private bool IsStandingRelation(Predicate predicate) =>
        predicate.LinkToParent == "acl:relcl" && tree.Document.Xpos(predicate.Trigger) is "VBZ" or "VBP"
        && !tree.Children(predicate.Trigger).ToArray().Any(c => tree.IsBase(c, "aux"));

    /// <summary>
    /// The event's code: the reading's, framed by the claim's intention (derived-codes.tsv) and refined by a victim
    /// count; a demand is the claimant's act on the doers. False when the code needs a recipient it lacks.
    /// </summary>
    private bool Code(EventDraft d)
    {
        var (predicate, reading) = (d.Predicate, d.Reading);
        var intention = d.Claim.Intention;
        CameoCode Framed(CameoCode code) => !options.DeriveFramedCodes ? code : intention switch
        {
            // A promised or announced sanction, blockade or restriction ("would boycott", "will extend the curfew") is
            // a threat until it is carried out (PLOVER THREATEN: a statement of intent to coerce).
            Intention.Own => DerivedCodes.ForIntended(code),
            Intention.Demanded => DerivedCodes.ForDemanded(code),
            Intention.Refused => DerivedCodes.ForRefused(code),
            _ => code,
        };

        (d.Cameo, d.CountWhy) = VictimCount.Apply(tree, Framed(reading.Cameo), d.TargetHeads);
        d.ReverseCameo = reading.ReverseCameo is { } back && intention is Intention.None or Intention.Own ? Framed(back) : null;
        if (intention == Intention.Demanded && options.DeriveFramedCodes)
        {
            // The claimant demands the act of its doers: "Sudan must return the helicopter, Russia said" is RUS → SDN.
            d.Targets = d.Sources;
            d.Sources = d.Claim.ClaimedBy.Where(c => !c.IsOutlet).ToList();
            (d.ActorWhy, d.RecipientWhy) = ("the claimant of a demand (ClaimAnalyzer)", $"the doer of the demanded act, who was {d.ActorWhy}");
            d.Claim = d.Claim with { Status = EventStatus.Asserted };
            if (d.Sources.Count == 0)
            {
                return false;
            }
        }
        else if (intention == Intention.Refused)
        {
            d.Claim = d.Claim with { Status = EventStatus.Asserted }; // the refusal itself happened
        }

        // A cooperative verb's bare default code ("met", "helped", "supported") is an interaction: without anyone it
        // reaches, it is no event. Agreeing, demanding, rejecting, threatening, yielding and force may stand alone.
        if (d.Targets.Count == 0 && reading.Specificity == 0 && !reading.Symmetric && NeedsRecipient(d.Cameo) && d.Claim.Intention is not Intention.Demanded
            && !((reading.Symmetric || IsMutual(d.Cameo)) && d.Sources.Count > 1))
        {
            return false;
        }

        // "I intend to keep that promise", "the government intends to hold referendums", "is the government prepared to
        // deal with the cyclone": a plan with no one it is for and no act the coder reads is no agreement.
        return !(d.Targets.Count == 0 && d.Cameo == GeneralIntent && d.ByPredicate && Planning.Contains(predicate.Lemma));
    }

    /// <summary>The candidates: one per actor and recipient (mutual acts both ways), dated, with the reason for each field.</summary>
    private void Emit(List<EventCandidate> found, EventDraft d)
    {
        var (predicate, reading, trigger, claim) = (d.Predicate, d.Reading, d.Trigger, d.Claim);
        var dated = d.ByPredicate
            ? dates.Decide(predicate, claim.Status, claim.FramingVerb, byTrigger)
            : dates.DecideForNoun(trigger, predicate, claim.Status, claim.FramingVerb, byTrigger);
        var triggerTokens = reading.TriggerSpan(trigger);
        var typeWhy = d.CountWhy is not null ? $"{reading.Rule}, {d.CountWhy}"
            : d.Cameo == reading.Cameo ? reading.Rule : $"{reading.Rule}, {reading.Cameo} {claim.Intention.ToString().ToLowerInvariant()} (derived-codes.tsv)";
        var recipientWhy = d.RecipientWhy;
        EventCandidate Candidate(CameoCode code, ActorMention actor, ActorMention? recipient) => new(tree.Sentence.Index, trigger,
            triggerTokens, code, reading.Rule, actor, recipient, claim.Status, claim.ClaimedBy, claim.ReportedBy, dated.Date, dated.Precision,
            dated.Text, d.Place)
        {
            Explain = new EventExplanation(typeWhy, d.ActorWhy, recipient is null ? "none" : recipientWhy, dated.Why, d.PlaceWhy),
        };

        if (d.Agentless)
        {
            foreach (var target in d.Targets)
            {
                found.Add(Candidate(d.Cameo, target, target) with { Agentless = true });
            }

            return;
        }

        // A reading that codes another act back ("[043:042]": the host and the visitor) is no act of two on each other:
        // "Russia and Syria welcomed the visit" are two hosts, not each other's guest.
        var mutual = (reading.Symmetric || IsMutual(d.Cameo) || Dyads.Reciprocal.Contains(predicate.Lemma)) && !Directed(reading);
        // "Russia and China launched war games in the Sea of Japan": a pattern's target slot that names only places in
        // locative phrases is where coordinated parties of a mutual act did it, not a third party; they act on each other.
        var targets = mutual && participants.Actors(d.SourceHeads).Count > 1 && d.Targets.Count > 0
            && d.Targets.All(t => Places.PlaceAssigner.IsPlaceOfLocative(tree, tree.Document.HeadOf(t.Tokens), predicate.Trigger)) ? [] : d.Targets;
        var (pairs, mutualWhy) = Dyads.Pair(d.Sources, targets, d.Cameo, mutual, options.RequireDyad, participants);
        recipientWhy = mutualWhy ?? recipientWhy;
        foreach (var (actor, recipient) in pairs)
        {
            if (actor is { IsUnresolved: true, HasCountry: false } && (recipient is null || (recipient is { IsUnresolved: true, HasCountry: false } && (actor.Tokens.Count < 2 || recipient.Tokens.Count < 2))))
            {
                // "Iodine declined", "Twitter gave Wikinews": with no coded party, an event needs two parties named in
                // more than one word ("The Quenx Front will release Zorblat Amar").
                continue;
            }

            if (reading.OnlyReverse)
            {
                // "[:080]": the words code only the event back from the target to the source.
                if (recipient is not null && !recipient.IsUnknown)
                {
                    found.Add(Candidate(d.Cameo, recipient, actor));
                }

                continue;
            }

            found.Add(Candidate(d.Cameo, actor, recipient) with { Plover = claim.Intention == Intention.None ? reading.Plover : null });

            // "[042:043]": the visited hosts the visit; "[057:057]": both sign.
            if (d.ReverseCameo is { } reverse && recipient is not null && !recipient.IsUnknown && !actor.IsUnknown
                && !found.Any(c => c.Trigger == trigger && c.Actor == recipient && c.Recipient == actor && c.Cameo == reverse))
            {
                found.Add(Candidate(reverse, recipient, actor));
            }
        }
    }

    /// <summary>Whether the reading codes another act back from the target ("[043:042]"), so the two sides do different things.</summary>
    internal static bool Directed(EventReading reading) => reading.ReverseCameo is { } back && back != reading.Cameo;

    /// <summary>
    /// Whether a code is one of cooperation with someone (CAMEO roots 03-07: intents, consultations, diplomatic and
    /// material cooperation, aid); not yielding, which undoes an act against someone ("lifted the sanctions against Iran").
    /// </summary>
    private static bool IsCooperative(CameoCode cameo) => int.TryParse(cameo.Root, out var root) && root is >= 3 and <= 7;

    /// <summary>CAMEO roots of interactions that need a recipient to be events: consult, support, cooperate, aid.</summary>
    private static bool NeedsRecipient(CameoCode cameo) => Rules.Has(cameo, CodeProperty.NeedsRecipient);

    /// <summary>Cooperative acts of several coordinated parties with no other target are mutual ("Kim and Putin signed a treaty").</summary>
    private static bool IsMutual(CameoCode cameo) => Rules.Has(cameo, CodeProperty.Mutual);

    /// <summary>
    /// When <paramref name="targets"/> name exactly one country, each bare-role source that <paramref name="takes"/> (given
    /// that country) gets it, and its entry says why.
    /// </summary>
    private static void TakeTargetCountry(EventDraft d, IEnumerable<ActorMention> targets, Func<ActorMention, string, bool> takes, string why)
    {
        if (ActorCode.OneCountry(targets.Select(t => t.Country)) is not { } country)
        {
            return;
        }

        for (var i = 0; i < d.Sources.Count; i++)
        {
            if (d.Sources[i] is { IsBareRole: true } role && takes(role, country))
            {
                d.Sources[i] = role.InCountry(country, $"country {country} {why}");
            }
        }
    }

    /// <summary>Whether a mention names a state itself ("China", "the United States"), not its nationals ("28 Chilean officials", "two Kenyans").</summary>
    private bool NamesState(ActorMention mention)
    {
        if (mention.Kind != ActorMention.State || mention.Tokens.IsEmpty)
        {
            return false;
        }

        var head = tree.Document.HeadOf(mention.Tokens);

        // "Kenyans", "Chileans": a plural name of one word is the nationals, as Participants.Resident reads it.
        return tree.Upos(head) == "PROPN" && !(mention.Tokens.Count == 1 && tree.Document.Xpos(head) is "NNPS" or "NNS");
    }
}
