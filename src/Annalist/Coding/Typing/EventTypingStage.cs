using Annalist.Coding.Actors;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;
using Annalist.Pipeline;

namespace Annalist.Coding.Typing;

/// <summary>
/// Rules and the trained model together, after the rule coder: the model types each rule event's actor and
/// recipient in their sentence and overrules the rule's PLOVER type when it is sure enough
/// (<see cref="TypingThresholds.Overrule"/>) and no other predicate of the sentence links the same parties, and in sentences where the coder found two or more actors but
/// no event it codes the likeliest pair when a root is likely enough (<see cref="TypingThresholds.Silent"/>); in any
/// sentence it also types the pair the <see cref="PairSelector"/> says the sentence is about, when no rule event links it
/// (<see cref="TypingThresholds.Select"/>).
/// CAMEO, Goldstein and QuadClass follow the final type (the type's root code from <see cref="EventTypeTable"/>).
/// Every record says who decided (<see cref="CodedEvent.TypedBy"/>). The encoder runs only on sentences
/// with a candidate pair, all of a document's pairs in batches.
/// </summary>
public sealed class EventTypingStage(EventTypeModel model, EventTypeTable types, IEventOntology ontology, VersionStamp versions, PairSelector? selector = null) : IPipelineStage
{
    /// <summary>The layer that says the events were typed (the events themselves stay in <see cref="DocumentEvents"/>).</summary>
    public static readonly Layer Layer = new("event-types");

    public string Name => "typing";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, DocumentEvents.Layer, SentenceActors.Layer];

    public IReadOnlyList<Layer> Produces { get; } = [Layer];

    private readonly ModelEvents records = new(model, ontology, versions);

    public EventTypeModel Model => model;

    /// <summary>The lowest select threshold <c>eval plv</c> sweeps: below it the selector's choice is not typed.</summary>
    public const double MinSelection = 0.2;

    /// <summary>The pair selector: the one given, or the one shipped beside the model.</summary>
    public PairSelector? Selector { get; } = selector ?? model.Selector;

    public void Process(Document document)
    {
        var candidates = Candidates(document);
        if (candidates.Pairs.Count > 0)
        {
            document.SetExtension(new DocumentEvents(Apply(document, candidates, model.Predict(candidates.Pairs), model.Thresholds)));
        }

        document.MarkProduced(Layer);
    }

    /// <summary>
    /// The pairs the model must type in a coded document: each rule event's, the recipients that may complete a rule
    /// event (the actors its predicate governs, then coded actors elsewhere, then the places and things it acts on:
    /// <see cref="SentenceActors.Objects"/>), every ordered pair of distinct actors of each sentence without an event, and the pair selector's choice in
    /// each sentence where no rule event links it and its selection probability reaches <paramref name="minSelection"/>
    /// (default: the model's <see cref="TypingThresholds.Select"/>; above 1 the selector is not run). Both parties of a
    /// selected pair must have a code: open actors without a country are no party to an event the model adds.
    /// </summary>
    public TypingCandidates Candidates(Document document, double? minSelection = null, bool completeElsewhere = false)
    {
        completeElsewhere |= model.Thresholds.CompleteElsewhere <= 1;
        var selection = minSelection ?? model.Thresholds.Select;
        var events = document.GetExtension<DocumentEvents>()?.Events ?? [];
        var actors = document.GetExtension<SentenceActors>()?.BySentence ?? [];
        var objects = document.GetExtension<SentenceActors>()?.Objects ?? [];
        var pairs = new List<EncodedPair>();
        var ruleInputs = new int[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            ruleInputs[i] = -1;
            if (Encode(document, events[i]) is { } pair)
            {
                ruleInputs[i] = pairs.Count;
                pairs.Add(pair);
            }
        }

        var completions = new List<RecipientCompletion>();
        for (var i = 0; i < events.Count; i++)
        {
            if (ruleInputs[i] >= 0 && events[i].Recipient is not { Text.Length: > 0 } && events[i].SentenceIndex < actors.Count)
            {
                var mentions = actors[events[i].SentenceIndex];
                var things = events[i].SentenceIndex < objects.Count ? objects[events[i].SentenceIndex] : [];
                var governed = PairFinder.RecipientCandidates(document, events[i], mentions).ToList();
                var destinations = PairFinder.PurposeDestinations(document, events[i], mentions).Where(m => !governed.Any(g => g.Tokens == m.Tokens)).ToList();
                governed.AddRange(destinations);
                var elsewhere = completeElsewhere ? PairFinder.RecipientsElsewhere(document, events[i], mentions, governed) : [];
                var acted = PairFinder.RecipientCandidates(document, events[i], things);
                foreach (var (m, source) in governed.Select(m => (m, CompletionSource.Governed)).Concat(elsewhere.Select(m => (m, CompletionSource.Elsewhere))).Concat(acted.Select(m => (m, CompletionSource.ActedOn))))
                {
                    completions.Add(new RecipientCompletion(i, m, pairs.Count, source));
                    pairs.Add(Encode(document, events[i].Evidence.Sentence, events[i].Actor.Range, document.RangeOf(m.Tokens)));
                }
            }
        }

        var silent = new List<SilentPair>();
        var coded = new HashSet<int>(events.Select(e => e.SentenceIndex));
        for (var s = 0; s < actors.Count && s < document.Sentences.Count; s++)
        {
            if (coded.Contains(s))
            {
                continue;
            }

            foreach (var (a, b) in PairFinder.SentencePairs(document, document.Sentences[s], actors[s], withOpen: false))
            {
                silent.Add(new SilentPair(s, a, b, pairs.Count));
                pairs.Add(Encode(document, document.Sentences[s].Range, document.RangeOf(a.Tokens), document.RangeOf(b.Tokens)));
            }
        }

        var selected = new List<SelectedPair>();
        for (var s = 0; Selector is not null && selection <= 1 && s < actors.Count && s < document.Sentences.Count; s++)
        {
            var sentenceEvents = events.Where(e => e.SentenceIndex == s).ToList();
            if (Selector.Choose(document, actors[s], sentenceEvents) is not { } chosen || chosen.P < selection || !PairSelector.MayCode(document, chosen.Actor, chosen.Recipient))
            {
                continue;
            }

            var (rangeA, rangeB) = (document.RangeOf(chosen.Actor.Tokens), document.RangeOf(chosen.Recipient.Tokens));
            if (!sentenceEvents.Any(e => Links(e, rangeA, rangeB)))
            {
                var input = silent.FirstOrDefault(x => ReferenceEquals(x.Actor, chosen.Actor) && ReferenceEquals(x.Recipient, chosen.Recipient))?.Input ?? pairs.Count;
                if (input == pairs.Count)
                {
                    pairs.Add(Encode(document, document.Sentences[s].Range, rangeA, rangeB));
                }

                selected.Add(new SelectedPair(s, chosen.Actor, chosen.Recipient, chosen.P, input));
            }
        }

        return new TypingCandidates(events, ruleInputs, silent, pairs) { Completions = completions, Selected = selected };
    }

    /// <summary>The typed events given the model's probabilities for <paramref name="candidates"/>' pairs, under <paramref name="thresholds"/>.</summary>
    public IReadOnlyList<CodedEvent> Apply(Document document, TypingCandidates candidates, float[][] probabilities, TypingThresholds thresholds)
    {
        var events = candidates.Events;
        var typed = new List<CodedEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var contested = Contested(events, i) || ObjectOfAnother(document, events, i);
            typed.Add(candidates.RuleInputs[i] < 0 ? events[i] : Decide(events[i], probabilities[candidates.RuleInputs[i]], contested ? thresholds.Contested : thresholds.Overrule, contested ? null : thresholds));
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (typed[i].TypedBy?.By == TypeDecision.ByModel && !CodingRules.Shipped.Has(CameoCode.Parse(typed[i].Cameo), CodeProperty.Protest)
                && Mirror(events, i) is var j and >= 0 && typed[j].TypedBy?.By != TypeDecision.ByModel)
            {
                // "Zembla and Ruritania did not reach a deal": a mutual act has one type both ways, so the model's
                // retyping of one direction retypes its mirror. Not a protest: when "protesters clashed with police"
                // is the protesters' protest, the police's side of the clash is no protest of theirs.
                typed[j] = RetypedAs(events[j], typed[i], "the mirror of a mutual act");
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (typed[i].TypedBy?.By != TypeDecision.ByModel)
            {
                continue;
            }

            foreach (var j in Conjuncts(events, i).Where(j => typed[j].TypedBy?.By != TypeDecision.ByModel))
            {
                // "approved an aid package for Ukraine and Israel": one act of one actor towards coordinated recipients
                // has one type, so the model's retyping of the act towards one of them retypes it towards the others.
                typed[j] = RetypedAs(events[j], typed[i], "one act towards coordinated recipients");
            }
        }

        foreach (var group in candidates.Completions.GroupBy(c => c.Event))
        {
            var e = typed[group.Key];
            var label = types.LabelOf(e.EventType) is { } l ? IndexOf(l) : -1;
            RecipientCompletion? Likeliest(CompletionSource source, double threshold) =>
                group.Where(c => c.Source == source).MaxBy(c => probabilities[c.Input][label]) is { } c && probabilities[c.Input][label] >= threshold ? c : null;

            var best = label <= 0 ? null
                : Likeliest(CompletionSource.Governed, thresholds.Complete) ?? Likeliest(CompletionSource.Elsewhere, thresholds.CompleteElsewhere)
                    ?? Likeliest(CompletionSource.ActedOn, thresholds.Complete);
            if (best is not null)
            {
                var p = probabilities[best.Input][label];
                var among = best.Source switch
                {
                    CompletionSource.Governed => "among the actors the predicate governs",
                    CompletionSource.Elsewhere => "among the coded actors elsewhere in the sentence, none the predicate governs reaching the threshold",
                    _ => "among the places and things the predicate acts on, no actor reaching the threshold",
                };
                typed[group.Key] = e with
                {
                    Recipient = EventRecords.Participant(document, best.Recipient),
                    Explain = e.Explain is { } x ? x with { Recipient = $"{records.Decision(p)}: the likeliest recipient for {e.EventType} {among}" } : null,
                };
            }
        }

        var added = 0;
        foreach (var group in candidates.Silent.GroupBy(c => c.Sentence))
        {
            var (pair, (label, p)) = group.Select(c => (c, Best(probabilities[c.Input]))).MaxBy(x => x.Item2.P);
            if ((p >= thresholds.Silent || p >= thresholds.SilentPolitical && PairFinder.IsPolitical(document, pair.Actor) && PairFinder.IsPolitical(document, pair.Recipient))
                && types.Of(model.Labels[label]) is { } type)
            {
                var why = p >= thresholds.Silent ? SilentReason : $"{SilentReason}; both political parties (word class political-sectors or a state), so at the lower threshold {thresholds.SilentPolitical.ToString(System.Globalization.CultureInfo.InvariantCulture)} (typing.json silent_political)";
                typed.Add(records.Event(document, pair.Sentence, pair.Actor, pair.Recipient, type, p, ++added, why));
            }
        }

        foreach (var pair in candidates.Selected.Where(x => x.Selection >= thresholds.Select))
        {
            var (rangeA, rangeB) = (document.RangeOf(pair.Actor.Tokens), document.RangeOf(pair.Recipient.Tokens));
            var (label, p) = Best(probabilities[pair.Input]);
            if (p >= thresholds.Selected && types.Of(model.Labels[label]) is { } type
                && !typed.Any(e => e.SentenceIndex == pair.Sentence && (Links(e, rangeA, rangeB) || Links(e, rangeB, rangeA) || HappenedAt(e, rangeA, rangeB))))
            {
                var why = $"the pair the sentence is about by the pair selector (p {ModelEvents.Round(pair.Selection).ToString(System.Globalization.CultureInfo.InvariantCulture)}), where no rule event links it";
                typed.Add(records.Event(document, pair.Sentence, pair.Actor, pair.Recipient, type, p, ++added, why));
            }
        }

        return typed.OrderBy(e => e.SentenceIndex).ToList();
    }

    /// <summary>
    /// Every pair the stage could ask the model about in a coded document, as text ranges: the pairs of every sentence,
    /// coded or not, open actors included, and each rule event's actor with the actors its predicate governs. What
    /// <c>annalist eval plv --none-pairs</c> writes as NONE examples (those that are not a sentence's marked pair), so
    /// that a model learns to leave unrelated parties alone.
    /// </summary>
    public static IEnumerable<(TextRange Actor, TextRange Recipient)> AskablePairs(Document document) => PairFinder.AskablePairs(document);

    /// <summary>
    /// Whether another predicate of the event's sentence links the same two parties ("Choe visited Moscow and said her
    /// country will firmly support Russia"), or names the event as what it acts on (<see cref="NamedByAnother"/>). The model types a pair of parties, not a predicate, so there it may read the
    /// other predicate's relation; it takes <see cref="TypingThresholds.Contested"/> to overrule the rule, which read this predicate.
    /// </summary>
    private static bool Contested(IReadOnlyList<CodedEvent> events, int i)
    {
        var e = events[i];
        return e.Recipient is { } recipient && events.Any(x =>
            x.SentenceIndex == e.SentenceIndex && x.Evidence.Trigger != e.Evidence.Trigger && x.Recipient is { } r
            && SameParty(x.Actor, e.Actor) && SameParty(r, recipient)) || NamedByAnother(events, e);
    }

    /// <summary>
    /// Whether the event's trigger is a noun another rule event's predicate acts on ("Hungary vetoed EU aid to Ukraine",
    /// "condemned the visit of a US delegation to Taiwan"): asked about the aid's or the visit's parties, the model reads
    /// the veto or the condemnation, so it takes <see cref="TypingThresholds.Contested"/> to overrule the noun's rule.
    /// </summary>
    private static bool ObjectOfAnother(Document document, IReadOnlyList<CodedEvent> events, int i)
    {
        var e = events[i];
        if (e.SentenceIndex >= document.Sentences.Count)
        {
            return false;
        }

        var sentence = document.Sentences[e.SentenceIndex].Tokens;
        var noun = -1;
        for (var t = sentence.Start; t < sentence.End && noun < 0; t++)
        {
            var range = document.TokenRangeOf(t);
            if (range.Start >= e.Evidence.Trigger.Start && range.End <= e.Evidence.Trigger.End && document.Upos(t) == "NOUN")
            {
                noun = t;
            }
        }

        if (noun < 0)
        {
            return false;
        }

        var relation = document.Deprel(noun);
        var governor = document.Head(noun);
        if (relation is not null && relation.StartsWith("nmod", StringComparison.Ordinal) && governor >= 0 && document.Deprel(governor) == "obj")
        {
            governor = document.Head(governor); // "the visit [nmod] of a US delegation [obj]"
        }
        else if (relation != "obj")
        {
            return false;
        }

        return governor >= 0 && InsideAnotherTrigger(events, e, document.TokenRangeOf(governor));
    }

    /// <summary>
    /// Whether the event's trigger lies inside another event's trigger phrase: "The UN condemned the killing of three aid
    /// workers by Sudanese paramilitaries", where the killing is what the condemnation's pattern names, and the model, asked
    /// about the killers and the killed, reads the condemnation.
    /// </summary>
    private static bool NamedByAnother(IReadOnlyList<CodedEvent> events, CodedEvent e) => InsideAnotherTrigger(events, e, e.Evidence.Trigger);

    /// <summary>Whether <paramref name="range"/> lies inside the trigger of another event of <paramref name="e"/>'s sentence.</summary>
    private static bool InsideAnotherTrigger(IReadOnlyList<CodedEvent> events, CodedEvent e, TextRange range) =>
        events.Any(x => x.SentenceIndex == e.SentenceIndex && x.Evidence.Trigger != e.Evidence.Trigger
            && x.Evidence.Trigger.Start <= range.Start && range.End <= x.Evidence.Trigger.End);

    /// <summary>The other direction of a mutual rule event (same trigger and code, actor and recipient swapped), or -1.</summary>
    private static int Mirror(IReadOnlyList<CodedEvent> events, int i)
    {
        var e = events[i];
        for (var j = 0; e.Recipient is { } recipient && j < events.Count; j++)
        {
            var x = events[j];
            if (j != i && x.SentenceIndex == e.SentenceIndex && x.Evidence.Trigger == e.Evidence.Trigger && x.Cameo == e.Cameo
                && x.Recipient is { } r && x.Actor.StandsFor(recipient.Range) && r.StandsFor(e.Actor.Range))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>A rule event given the type the model gave another event of the same act, and why (<paramref name="why"/>).</summary>
    private CodedEvent RetypedAs(CodedEvent e, CodedEvent model, string why) =>
        records.Retyped(e, (model.EventType, CameoCode.Parse(model.Cameo))) with
        {
            TypedBy = model.TypedBy,
            Explain = e.Explain is { } x ? x with { Type = $"{model.Explain?.Type ?? x.Type} ({why})" } : null,
        };

    /// <summary>
    /// The rule events of the same act as event <paramref name="i"/> towards other recipients (same sentence, trigger, code
    /// and actor): the coordinated recipients of one predicate ("an aid package for Ukraine and Israel").
    /// </summary>
    private static IEnumerable<int> Conjuncts(IReadOnlyList<CodedEvent> events, int i)
    {
        var e = events[i];
        for (var j = 0; e.Recipient is { } recipient && j < events.Count; j++)
        {
            var x = events[j];
            if (j != i && x.SentenceIndex == e.SentenceIndex && x.Evidence.Trigger == e.Evidence.Trigger && x.Cameo == e.Cameo
                && x.Actor.StandsFor(e.Actor.Range) && x.Recipient is { } r && !r.StandsFor(recipient.Range) && !r.StandsFor(e.Actor.Range))
            {
                yield return j;
            }
        }
    }

    /// <summary>The same country, or for parties without one, the same words.</summary>
    private static bool SameParty(EventParticipant a, EventParticipant b) =>
        a.Country.Length > 0 ? a.Country == b.Country : a.StandsFor(b.Range);

    /// <summary>
    /// Keeps the rule's type, or gives the event the model's when the model is sure of another root (never for an
    /// alleged or denied act): at <paramref name="overrule"/>, or, given <paramref name="doubting"/> thresholds, at
    /// <see cref="TypingThresholds.Doubted"/> where the model gives the rule's own root less than
    /// <see cref="TypingThresholds.Doubt"/> (a reading the model finds implausible needs less to be replaced).
    /// </summary>
    public CodedEvent Decide(CodedEvent e, float[] p, double overrule, TypingThresholds? doubting = null)
    {
        var ruleLabel = types.LabelOf(e.EventType);
        var (best, probability) = Best(p);
        var label = model.Labels[best];
        var index = ruleLabel is null ? -1 : IndexOf(ruleLabel);
        var doubted = doubting is not null && index >= 0 && p[index] < doubting.Doubt && probability >= doubting.Doubted;
        // An alleged or denied act is framed by another verb ("accused X of sending troops"): the model, trained on
        // the relation a sentence states between its marked parties, reads the frame, so the rule keeps such types.
        // So does a firm reading stated as done (codes.tsv firm): a threat made ("threatened to impose sanctions on",
        // "gave Canada a deadline to remove"), where the model reads the act threatened or the words it is made in
        // (SANCTION, ACCUSE, YIELD), the rule the threat.
        var framed = e.Status is EventStatus.Alleged or EventStatus.Denied
            || e.Status == EventStatus.Asserted && CodingRules.Shipped.Has(CameoCode.Parse(e.Cameo), CodeProperty.Firm);
        if (!framed && label != ruleLabel && (probability >= overrule || doubted) && types.Of(label) is { } type)
        {
            return records.Retyped(e, type) with
            {
                TypedBy = new TypeDecision(TypeDecision.ByModel, ModelEvents.Round(probability), model.Version),
                Explain = e.Explain is { } x ? x with { Type = $"{records.Decision(probability)}, overruling {x.Type}" } : null,
            };
        }

        return e with { TypedBy = new TypeDecision(TypeDecision.ByRule, index < 0 ? null : ModelEvents.Round(p[index]), model.Version) };
    }

    /// <summary>The model's input for a rule event: its actor and recipient as they stand in its evidence sentence; null when the actor is not there.</summary>
    private EncodedPair? Encode(Document document, CodedEvent e)
    {
        var sentence = e.Evidence.Sentence;
        if (!Inside(e.Actor.Range, sentence) || e.Actor.Text.Length == 0)
        {
            return null;
        }

        TextRange? recipient = e.Recipient is { Text.Length: > 0 } r && Inside(r.Range, sentence) && !r.Range.Overlaps(e.Actor.Range) ? r.Range : null;
        return Encode(document, sentence, e.Actor.Range, recipient);
    }

    /// <summary>The model's input for an actor and a recipient (or none) as they stand in a sentence.</summary>
    private EncodedPair Encode(Document document, TextRange sentence, TextRange actor, TextRange? recipient) =>
        model.Encoder.Encode(
            document.Text[sentence.Start..sentence.End],
            (actor.Start - sentence.Start, actor.End - sentence.Start),
            recipient is { } t ? (t.Start - sentence.Start, t.End - sentence.Start) : null);

    private const string SilentReason = "an actor of the sentence, paired by the model where the rules coded no event";

    /// <summary>Whether the event's actor stands for one range and its recipient for the other.</summary>
    private static bool Links(CodedEvent e, TextRange actor, TextRange recipient) =>
        e.Actor.StandsFor(actor) && e.Recipient is { Text.Length: > 0 } r && r.StandsFor(recipient);

    /// <summary>
    /// Whether the recipient is where a rule event of the same actor, with a recipient of its own, happened ("the
    /// Taliban attacked a police station in Peshawar"): the place of that act, not a second party to it. Where the rule
    /// event has no recipient ("imposed a blockade in Darfur"), the place may be the party it falls on.
    /// </summary>
    private static bool HappenedAt(CodedEvent e, TextRange actor, TextRange recipient) =>
        e.Actor.StandsFor(actor) && e.Recipient is { Text.Length: > 0 } && e.Place is { } place && place.Range.Start < recipient.End && recipient.Start < place.Range.End;

    /// <summary>The likeliest root (never NONE) and its probability, or NONE's index with probability 0 when NONE is likelier than every root together.</summary>
    private static (int Label, double P) Best(float[] p)
    {
        var best = 1;
        for (var i = 2; i < p.Length; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }

        return p[0] > p[best] ? (0, 0) : (best, p[best]);
    }

    private int IndexOf(string label)
    {
        for (var i = 0; i < model.Labels.Count; i++)
        {
            if (model.Labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Inside(TextRange range, TextRange sentence) => range.Start >= sentence.Start && range.End <= sentence.End && range.End > range.Start;

}
