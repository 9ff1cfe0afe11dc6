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
    private static readonly WordClass NamingVerbs = CodingRules.Shipped.Words("naming");

    private readonly SentenceTree tree;
    private readonly ArgumentResolver resolver;
    private readonly List<Predicate> predicates;
    private readonly Dictionary<int, Predicate> byTrigger;
    private readonly ClaimAnalyzer claims;
    private readonly DateAssigner dates;
    private readonly PlaceAssigner places;
    private readonly IEventLexicon lexicon;
    private readonly CoderOptions options;
    private readonly Participants participants;
    private readonly OpenActors open;
    private readonly EventFolding folding;
    private readonly ReadingEvents readingEvents;

    public SentenceCoder(SentenceTree tree, ArgumentResolver resolver, IReadOnlyList<TemporalExpression> temporal, IReadOnlyList<PlaceMention> placeMentions, DateOnly reference, IEventLexicon lexicon, CoderOptions options, Func<string?> contextCountry)
    {
        this.tree = tree;
        this.resolver = resolver;
        this.lexicon = lexicon;
        this.options = options;
        predicates = PredicateFinder.Find(tree);
        byTrigger = predicates.ToDictionary(p => p.Trigger);
        claims = new ClaimAnalyzer(tree, predicates, resolver.Resolve);
        dates = new DateAssigner(tree, temporal, reference);
        places = new PlaceAssigner(tree, placeMentions, lexicon.MarksNounTarget);
        open = new OpenActors(tree, resolver.Mentions, placeMentions, temporal.Select(t => t.Tokens).ToList());
        participants = new Participants(tree, resolver, placeMentions, contextCountry, lexicon.MarksNounTarget);
        var targetFinder = new TargetFinder(tree, byTrigger, participants, resolver, open);
        folding = new EventFolding(tree, byTrigger);
        var recipients = new Recipients(participants, targetFinder, places, open, options);
        readingEvents = new ReadingEvents(tree, byTrigger, participants, recipients, open, claims, dates, places, options);
    }

    public IReadOnlyList<Predicate> Predicates => predicates;

    /// <summary>The open actors among the sentence's clause arguments (<see cref="OpenActors.OfArguments"/>).</summary>
    public IEnumerable<ActorMention> OpenArguments() => open.OfArguments(predicates);

    /// <summary>The places and things the sentence's predicates act on (<see cref="OpenActors.OfObjects"/>).</summary>
    public IEnumerable<ActorMention> Objects() => open.OfObjects(predicates);

    public List<EventCandidate> Code()
    {
        var found = new List<EventCandidate>();
        foreach (var (predicate, reading, trigger) in new SentenceReadings(tree, predicates, byTrigger, resolver, lexicon, claims, participants).Find())
        {
            readingEvents.Add(found, predicate, reading, trigger);
        }

        // "called the vote a sham", "called Chile a partner": a verb of naming that names its object is no phone call.
        found.RemoveAll(e => NamingVerbs.Contains(tree.Lemma(e.Trigger)) && StatementConstruction.NamesItsObject(tree, e.Trigger));
        if (options.CodeCriticalStatements)
        {
            found.AddRange(StatementConstruction.Apply(tree, predicates, resolver, claims, dates, places, CodingRules.Shipped.Constructions));
        }

        folding.FoldComplements(found);
        folding.DropSubjectNouns(found);
        folding.DropNounsVerbsActOn(found);
        found.Sort((a, b) => a.Trigger.CompareTo(b.Trigger));
        return found;
    }
}
