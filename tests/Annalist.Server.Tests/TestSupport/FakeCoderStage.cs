using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// A coding stage for tests: for each sentence and each <see cref="FakeEvent"/> whose trigger and
/// actor words occur in it, one event with the offsets of its words in the text, in the record shape
/// of the real coder (claimants, outlet, date text, place, evidence, mentions).
/// </summary>
public sealed class FakeCoderStage(IReadOnlyList<FakeEvent> events) : IPipelineStage
{
    public string Name => "fake-coder";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [DocumentEvents.Layer];

    public void Process(Document document)
    {
        var coded = new List<CodedEvent>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var spec in events)
            {
                var trigger = Find(document.Text, sentence.Range, spec.Trigger);
                var actor = Find(document.Text, sentence.Range, spec.Actor.Text);
                if (trigger is null || actor is null)
                {
                    continue;
                }

                var recipientAt = spec.Recipient is { } r ? Find(document.Text, sentence.Range, r.Text) : null;
                if (spec.Recipient is not null && recipientAt is null)
                {
                    continue;
                }

                var recipient = spec.Recipient is { } who ? Participant(who, recipientAt!.Value) : null;
                var dateAt = spec.DateText is null ? null : Find(document.Text, sentence.Range, spec.DateText);
                coded.Add(new CodedEvent
                {
                    DocumentId = document.Metadata.Id,
                    EventId = $"{document.Metadata.Id}-e{coded.Count + 1}",
                    SentenceIndex = sentence.Index,
                    EventType = spec.Type,
                    Mode = spec.Contexts.FirstOrDefault() ?? string.Empty,
                    Contexts = spec.Contexts,
                    Cameo = spec.Cameo,
                    Goldstein = spec.Goldstein,
                    QuadClass = spec.QuadClass,
                    Actor = Participant(spec.Actor, actor.Value),
                    Recipient = recipient,
                    Date = spec.Date ?? document.Metadata.PublicationDate,
                    DatePrecision = spec.Precision,
                    DateText = dateAt is null ? string.Empty : spec.DateText!,
                    Place = spec.Place is { } p && Find(document.Text, sentence.Range, p.Text) is { } placeAt
                        ? new EventPlace(p.Text, placeAt, p.Name, p.GeonameId, p.Lat, p.Lon, p.Country, string.Empty)
                        : null,
                    Status = spec.Status,
                    ClaimedBy = spec.Claimants.Select(c => Participant(c, Find(document.Text, sentence.Range, c.Text) ?? default)).ToList(),
                    ReportedBy = spec.Outlet is { } outlet && Find(document.Text, sentence.Range, outlet) is { } outletAt
                        ? [new EventOutlet(outlet, outletAt, "PRK") { Name = outlet }]
                        : [],
                    Evidence = new EventEvidence(sentence.Range, spec.Trigger, trigger.Value),
                    Mentions = [sentence.Range],
                    Rule = "TEST:" + spec.Cameo,
                    Versions = new VersionStamp("test", "test", "test"),
                });
            }
        }

        document.SetExtension(new DocumentEvents(coded));
        document.MarkProduced(DocumentEvents.Layer);
    }

    private static TextRange? Find(string text, TextRange within, string words)
    {
        var at = text.IndexOf(words, within.Start, within.Length, StringComparison.Ordinal);
        return at < 0 ? null : new TextRange(at, at + words.Length);
    }

    private static EventParticipant Participant((string Text, string Code) who, TextRange range) =>
        new(who.Text, range, who.Code, who.Code[..Math.Min(3, who.Code.Length)], who.Code.Length > 3 ? who.Code[3..] : string.Empty, who.Code.Length > 3 ? "organization" : "state")
        {
            Entry = "test-dictionary:1",
        };
}
