using Annalist.Coding.Lexicon;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Typing;

/// <summary>
/// The records the typing stage writes when the model decides: an event retyped (CAMEO, Goldstein and QuadClass follow
/// the type), and an event of the model's own between two actors of a sentence, saying which model decided and how sure it was.
/// </summary>
internal sealed class ModelEvents(EventTypeModel model, IEventOntology ontology, VersionStamp versions)
{
    /// <summary>The event with the given type, its CAMEO code, and the mode, contexts, Goldstein value and QuadClass that follow from it.</summary>
    public CodedEvent Retyped(CodedEvent e, (string EventType, CameoCode Cameo) type)
    {
        var cameo = ontology.Cameo(type.Cameo);
        var plover = ontology.Plover(type.Cameo);
        return e with
        {
            EventType = type.EventType,
            Mode = plover?.Mode ?? string.Empty,
            Contexts = plover?.Contexts ?? [],
            Cameo = type.Cameo.Value,
            Goldstein = cameo?.Goldstein,
            QuadClass = cameo?.QuadClass ?? 0,
        };
    }

    /// <summary>An event the model codes between two actor mentions of a sentence, <paramref name="why"/> saying how the pair was chosen.</summary>
    public CodedEvent Event(Document document, int sentenceIndex, ActorMention actor, ActorMention recipient, (string EventType, CameoCode Cameo) type, double probability, int ordinal, string why)
    {
        var sentence = document.Sentences[sentenceIndex];
        var (first, second) = actor.Tokens.Start < recipient.Tokens.Start ? (actor.Tokens, recipient.Tokens) : (recipient.Tokens, actor.Tokens);
        var between = second.Start > first.End
            ? new TextRange(document.TokenStart(first.End), document.TokenEnd(second.Start - 1))
            : sentence.Range;
        var e = new CodedEvent
        {
            DocumentId = document.Metadata.Id,
            EventId = $"{document.Metadata.Id}#m{ordinal}",
            SentenceIndex = sentenceIndex,
            EventType = type.EventType,
            Cameo = type.Cameo.Value,
            Actor = EventRecords.Participant(document, actor),
            Recipient = EventRecords.Participant(document, recipient),
            Date = document.Metadata.PublicationDate,
            DatePrecision = DatePrecision.Before,
            Evidence = new EventEvidence(sentence.Range, document.Text[between.Start..between.End], between),
            Mentions = [sentence.Range],
            Rule = "annalist:model",
            Versions = versions,
            Explain = new EventExplanation(
                Decision(probability),
                why,
                why,
                "dates:publication: the publication date (the model reads no date expression, and the sentence names no single past one)",
                "none (places:none; the model reads no place, and the sentence names no single one outside its parties)"),
        };
        return Situated(document, sentenceIndex, Retyped(e, type), actor, recipient) with { TypedBy = new TypeDecision(TypeDecision.ByModel, Round(probability), model.Version) };
    }

    /// <summary>
    /// The model types a pair, not a predicate, so it reads no date or place of its own: a sentence that names one date
    /// (not a future one) and one place outside the two parties' words (and no country another party names) gives its
    /// event those ("On Monday, protesters gathered outside the US embassy in Jakarta"); with two or more, which belongs
    /// to the event is unknown.
    /// </summary>
    private static CodedEvent Situated(Document document, int sentenceIndex, CodedEvent e, ActorMention actor, ActorMention recipient)
    {
        var dates = document.GetExtension<Dates.TemporalMentions>()?.BySentence is { } byDate && sentenceIndex < byDate.Count ? byDate[sentenceIndex] : [];
        if (dates is [{ IsFuture: false } date])
        {
            e = e with
            {
                Date = date.Date,
                DatePrecision = date.Precision,
                DateText = date.Text,
                Explain = e.Explain! with { Date = $"dates:sentence: the sentence's one date expression '{date.Text}' (precision {date.Precision.ToString().ToLowerInvariant()})" },
            };
        }

        var actors = document.GetExtension<Actors.ActorMentions>()?.BySentence is { } byActor && sentenceIndex < byActor.Count ? byActor[sentenceIndex] : [];
        var places = (document.GetExtension<Places.PlaceMentions>()?.BySentence is { } byPlace && sentenceIndex < byPlace.Count ? byPlace[sentenceIndex] : [])
            .Where(p => !p.Tokens.Overlaps(actor.Tokens) && !p.Tokens.Overlaps(recipient.Tokens) && !(p.Best.IsCountry && actors.Any(a => a.Tokens.Overlaps(p.Tokens))))
            .DistinctBy(p => p.Place.GeonameId)
            .ToList();
        if (places is [var only])
        {
            e = e with { Place = only.Place, Explain = e.Explain! with { Place = Places.PlaceAssigner.Why("places:sentence: the sentence's one place outside the two parties", only.Place) } };
        }

        return e;
    }

    /// <summary>How a record names the model's decision: "event-typing model en-event-types@1.2.0 (p 0.93)".</summary>
    public string Decision(double probability) =>
        $"event-typing model {model.Version} (p {Round(probability).ToString(System.Globalization.CultureInfo.InvariantCulture)})";

    public static double Round(double p) => Math.Round(p, 3);
}
