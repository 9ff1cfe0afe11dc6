using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding;

/// <summary>
/// Codes a parsed document: sentence by sentence it finds actors, predicates and event nouns, reads
/// them as events through the lexicon, attaches status, claims, dates and places, then merges the
/// mentions of one event (headline and body) and builds the records with both ontologies. Immutable
/// and thread-safe; all per-document state lives in the call.
/// </summary>
public sealed class EventCoder
{
    private readonly IActorFinder actors;
    private readonly IEventLexicon lexicon;
    private readonly IEventOntology ontology;
    private readonly IPlaceFinder? places;
    private readonly VersionStamp versions;
    private readonly CoderOptions options;

    public EventCoder(IActorFinder actors, IEventLexicon lexicon, IEventOntology ontology, IPlaceFinder? places, VersionStamp versions, CoderOptions? options = null)
    {
        this.actors = actors;
        this.lexicon = lexicon;
        this.ontology = ontology;
        this.places = places;
        this.versions = versions;
        this.options = options ?? CoderOptions.Default;
    }

    public CoderOptions Options => options;

    /// <summary>Codes the document; when <paramref name="actorsFound"/> is given, it receives each sentence's actor mentions (for the event-typing stage).</summary>
    public IReadOnlyList<CodedEvent> Code(Document document, List<IReadOnlyList<ActorMention>>? actorsFound = null)
    {
        var reference = document.Metadata.PublicationDate ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var discourse = new DiscourseContext();
        var aliases = new NameAliases();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<EventCandidate>();
        foreach (var sentence in document.Sentences)
        {
            var tree = new SentenceTree(document, sentence);
            var mentions = aliases.Extend(document, sentence, actors.Find(document, sentence, reference));
            foreach (var mention in mentions)
            {
                if (mention.HasCountry)
                {
                    countries.Add(mention.Country);
                }

                aliases.Remember(document, mention);
            }

            var resolver = new ArgumentResolver(tree, mentions, discourse);
            var temporal = TemporalExpressionFinder.Find(document, sentence, reference);
            var placeMentions = places?.Find(document, sentence, countries, mentions.Where(m => m.Kind == ActorMention.Person).Select(m => m.Tokens).ToList()) ?? [];
            var coder = new SentenceCoder(tree, resolver, temporal, placeMentions, reference, lexicon, options, discourse.RecentCountry);
            actorsFound?.Add([.. mentions, .. coder.OpenArguments().Where(o => !mentions.Any(m => m.Tokens.Start < o.Tokens.End && o.Tokens.Start < m.Tokens.End))]);
            candidates.AddRange(Rebuttals.Link(tree, coder.Code(), candidates));
            Remember(discourse, tree, coder, resolver);
        }

        var withActors = candidates.Where(c => !c.Agentless).ToList();
        var groups = options.MergeMentions ? MentionMerger.Merge(withActors) : withActors.Select(c => (IReadOnlyList<EventCandidate>)[c]).ToList();
        MentionMerger.AttachAgentless(groups, candidates.Where(c => c.Agentless));

        // Events in document order (of their first mention): agentless violence becomes an event of its own last.
        var events = new List<CodedEvent>(groups.Count);
        foreach (var group in groups.OrderBy(g => g[0].Sentence).ThenBy(g => g[0].Trigger))
        {
            if (Build(document, group, events.Count) is { } coded)
            {
                events.Add(coded);
            }
        }

        return events;
    }

    /// <summary>Adds the sentence's actors to the discourse, subjects marked, so later pronouns can find them.</summary>
    private static void Remember(DiscourseContext discourse, SentenceTree tree, SentenceCoder coder, ArgumentResolver resolver)
    {
        var subjects = new HashSet<ActorMention>(coder.Predicates.SelectMany(p => p.Subjects).SelectMany(resolver.Resolve));
        foreach (var mention in resolver.Mentions)
        {
            // "hosted talks in Addis Ababa. It said ...": a capital in a locative phrase is where something happened,
            // not an actor a later pronoun can mean.
            var subject = subjects.Contains(mention);
            discourse.Add(mention, tree.Sentence.Index, subject, placeOnly: !subject && PlaceAssigner.InLocativePhrase(tree, mention.Tokens));
        }
    }

    private CodedEvent? Build(Document document, IReadOnlyList<EventCandidate> group, int ordinal)
    {
        var first = group[0];
        var plover = ontology.Plover(first.Cameo);
        if (first.Plover is { } fixedType)
        {
            plover = (fixedType.EventType, fixedType.Mode, plover?.Contexts ?? []);
        }

        if (plover is null && !options.KeepEventsWithoutPloverType)
        {
            return null;
        }

        var cameo = ontology.Cameo(first.Cameo);

        // The mentions' dates are compatible (MentionMerger), so the event takes the most precise one: a
        // headline without a date does not pull "on Thursday" in the body back to the publication date.
        var dated = group.MinBy(c => c.Precision) ?? first;
        var sentence = document.Sentences[first.Sentence];
        var triggerRange = document.RangeOf(first.TriggerTokens);
        return new CodedEvent
        {
            DocumentId = document.Metadata.Id,
            EventId = $"{document.Metadata.Id}#e{ordinal + 1}",
            SentenceIndex = first.Sentence,
            EventType = plover?.EventType ?? string.Empty,
            Mode = plover?.Mode ?? string.Empty,
            Contexts = plover?.Contexts ?? [],
            Cameo = first.Cameo,
            Goldstein = cameo?.Goldstein,
            QuadClass = cameo?.QuadClass ?? 0,
            Actor = Participant(document, first.Actor),
            Recipient = first.Recipient is { } recipient ? Participant(document, recipient) : null,
            Date = dated.Date,
            DatePrecision = dated.Precision,
            DateText = dated.DateText,
            Place = group.Select(c => c.Place).FirstOrDefault(p => p is not null),
            Status = first.Status,
            ClaimedBy = group.SelectMany(c => c.ClaimedBy).DistinctBy(m => m.Code).Select(m => Participant(document, m)).ToList(),
            ReportedBy = group.SelectMany(c => c.ReportedBy).DistinctBy(m => m.Tokens).Select(m => Outlet(document, m)).ToList(),
            Evidence = new EventEvidence(sentence.Range, document.Text[triggerRange.Start..triggerRange.End], triggerRange),
            Mentions = group.Select(c => document.Sentences[c.Sentence].Range).Distinct().ToList(),
            Rule = first.Rule,
            Explain = first.Explain is { } explain && dated.Explain is { } datedExplain ? explain with { Date = datedExplain.Date } : first.Explain,
            Versions = versions,
        };
    }

    internal static EventParticipant Participant(Document document, ActorMention mention)
    {
        if (mention.Tokens.IsEmpty)
        {
            var at = document.TokenStart(Math.Min(mention.Tokens.Start, document.TokenCount - 1));
            return new EventParticipant(string.Empty, new TextRange(at, at), mention.Code, mention.Country, mention.Sector, mention.KindName);
        }

        var range = document.RangeOf(mention.Tokens);
        return new EventParticipant(document.Text[range.Start..range.End], range, mention.Code, mention.Country, mention.Sector, mention.KindName)
        {
            Entry = mention.Antecedent is { } antecedent ? $"{antecedent.Entry} (via '{document.Text[range.Start..range.End]}')" : mention.Entry,
            Antecedent = mention.Antecedent is { Tokens.IsEmpty: false } referent ? Antecedent(document, referent) : null,
        };
    }

    private static EventAntecedent Antecedent(Document document, ActorMention referent)
    {
        var range = document.RangeOf(referent.Tokens);
        return new EventAntecedent(document.Text[range.Start..range.End], range);
    }

    private static EventOutlet Outlet(Document document, ActorMention mention)
    {
        var range = document.RangeOf(mention.Tokens);
        return new EventOutlet(document.Text[range.Start..range.End], range, mention.Country) { Name = mention.Name };
    }
}
