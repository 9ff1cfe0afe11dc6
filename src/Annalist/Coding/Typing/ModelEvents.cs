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
                "dates:publication: the publication date (the model reads no date expression)",
                "none (places:none; the model reads no place)"),
        };
        return Retyped(e, type) with { TypedBy = new TypeDecision(TypeDecision.ByModel, Round(probability), model.Version) };
    }

    /// <summary>How a record names the model's decision: "event-typing model en-event-types@1.2.0 (p 0.93)".</summary>
    public string Decision(double probability) =>
        $"event-typing model {model.Version} (p {Round(probability).ToString(System.Globalization.CultureInfo.InvariantCulture)})";

    public static double Round(double p) => Math.Round(p, 3);
}
