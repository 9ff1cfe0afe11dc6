using Annalist.Coding.Actors;
using Annalist.Coding.Attribution;
using Annalist.Coding.Dates;
using Annalist.Coding.Lexicon;
using Annalist.Coding.Places;
using Annalist.Coding.Syntax;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Pipeline;

namespace Annalist.Coding;

/// <summary>
/// Reads each sentence's events (<see cref="SentenceCoder"/>: predicates and their arguments, readings through the
/// lexicon, recipients, claims and status, dates and places of each event) with the pronouns of a sentence
/// resolved against the actors of the sentences before it. Writes <see cref="EventCandidates"/> and, for the
/// typing stage, <see cref="SentenceActors"/>: each sentence's dictionary actors and the open actors among its
/// clause arguments.
/// </summary>
public sealed class EventStage(IEventLexicon lexicon, CoderOptions options) : IPipelineStage
{
    public string Name => "events";

    public IReadOnlyList<Layer> Requires { get; } =
        [Layer.Tokens, Layer.Sentences, Layer.Tags, Layer.Lemmas, Layer.Dependencies, ActorMentions.Layer, TemporalMentions.Layer, PlaceMentions.Layer];

    public IReadOnlyList<Layer> Produces { get; } = [EventCandidates.Layer, SentenceActors.Layer];

    public void Process(Document document)
    {
        var reference = EventCoder.ReferenceDate(document);
        var actors = document.GetExtension<ActorMentions>()?.BySentence ?? [];
        var temporal = document.GetExtension<TemporalMentions>()?.BySentence ?? [];
        var places = document.GetExtension<PlaceMentions>()?.BySentence ?? [];
        var discourse = new DiscourseContext();
        var candidates = new List<EventCandidate>();
        var typingActors = new List<IReadOnlyList<ActorMention>>(document.Sentences.Count);
        var objects = new List<IReadOnlyList<ActorMention>>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var i = sentence.Index;
            var tree = new SentenceTree(document, sentence);
            var mentions = i < actors.Count ? actors[i] : [];
            var sentencePlaces = i < places.Count ? places[i] : [];
            var resolver = new ArgumentResolver(tree, mentions, discourse, sentencePlaces);
            var coder = new SentenceCoder(tree, resolver, i < temporal.Count ? temporal[i] : [], sentencePlaces, reference, lexicon, options, discourse.RecentCountry);
            IReadOnlyList<ActorMention> sentenceActors = [.. mentions, .. coder.OpenArguments().Where(o => !mentions.Any(m => m.Tokens.Overlaps(o.Tokens)))];
            typingActors.Add(sentenceActors);
            objects.Add([.. coder.Objects().Where(o => !sentenceActors.Any(m => m.Tokens.Overlaps(o.Tokens)))]);
            candidates.AddRange(Rebuttals.Link(tree, coder.Code(), candidates));
            Remember(discourse, tree, coder, resolver);
        }

        document.SetExtension(new EventCandidates(candidates));
        document.SetExtension(new SentenceActors(typingActors) { Objects = objects });
        document.MarkProduced(EventCandidates.Layer);
        document.MarkProduced(SentenceActors.Layer);
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
            // Nor is a sponsor ("Iran-backed militias") where the article's unnamed police and troops are.
            discourse.Add(mention, tree.Sentence.Index, subject, placeOnly: !subject && PlaceAssigner.InLocativePhrase(tree, mention.Tokens),
                countsForCountry: !Participants.NamedAsSponsor(tree, mention.Tokens));
        }
    }
}
