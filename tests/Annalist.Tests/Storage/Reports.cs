using Annalist.Documents;
using Annalist.Events;
using Annalist.Storage.Documents;

namespace Annalist.Tests.Storage;

/// <summary>
/// Hand-built coded events and documents for the store tests, in the shape the coder emits: codes
/// like RUS or KORGOV (country = first three letters, sector = the rest), evidence offsets found in
/// the document's text.
/// </summary>
internal static class Reports
{
    public static CodedEvent Event(
        string sentence,
        string trigger,
        string actor,
        string? recipient,
        string type,
        string cameo,
        string? date,
        DatePrecision precision = DatePrecision.Day,
        EventStatus status = EventStatus.Asserted,
        string? claimedBy = null,
        string? reportedBy = null,
        double? goldstein = 0,
        int quadClass = 1,
        EventPlace? place = null,
        int spans = 1,
        IReadOnlyList<string>? contexts = null,
        string? actorCountry = null)
    {
        var e = new CodedEvent
        {
            DocumentId = "(set by Document)",
            EventId = "(set by Document)",
            SentenceIndex = 0,
            EventType = type,
            Mode = contexts?.FirstOrDefault() ?? string.Empty,
            Contexts = contexts ?? [],
            Cameo = cameo,
            Goldstein = goldstein,
            QuadClass = quadClass,
            Actor = actorCountry is null ? Participant(actor, sentence) : Participant(actor, sentence) with { Country = actorCountry },
            Recipient = recipient is null ? null : Participant(recipient, sentence),
            Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            DatePrecision = precision,
            Status = status,
            ClaimedBy = claimedBy is null ? [] : [Participant(claimedBy, sentence)],
            ReportedBy = reportedBy is null ? [] : [new EventOutlet(reportedBy, default, "KOR") { Name = reportedBy }],
            Place = place,
            Evidence = new EventEvidence(new TextRange(0, sentence.Length), trigger, default),
            Mentions = Enumerable.Range(0, spans).Select(_ => new TextRange(0, sentence.Length)).ToList(),
            Rule = "TEST:" + cameo,
            Versions = new VersionStamp("0.1.0", "test", "test"),
        };
        SentenceOf.Add(e, sentence);
        return e;
    }

    /// <summary>A document whose text holds each event's evidence sentence; offsets are fixed up to point into it.</summary>
    public static IngestDocument Document(string id, string text, string? source, string? url, string? published, params CodedEvent[] events)
    {
        var fixedEvents = new List<CodedEvent>();
        var sentences = SplitSentences(text);
        for (var i = 0; i < events.Length; i++)
        {
            var e = events[i];
            var sentenceText = e.Evidence.Sentence.Length > 0 ? ActorSentence(e) : string.Empty;
            var start = text.IndexOf(sentenceText, StringComparison.Ordinal);
            Assert.True(start >= 0, $"the evidence sentence of event {i} is not in document {id}");
            var range = new TextRange(start, start + sentenceText.Length);
            var triggerAt = text.IndexOf(e.Evidence.TriggerText, start, StringComparison.Ordinal);
            fixedEvents.Add(e with
            {
                DocumentId = id,
                EventId = $"{id}-e{i + 1}",
                SentenceIndex = sentences.FindIndex(s => s.Contains(range)) is var index and >= 0 ? index : 0,
                Actor = Locate(e.Actor, text, start),
                Recipient = e.Recipient is null ? null : Locate(e.Recipient, text, start),
                ClaimedBy = e.ClaimedBy.Select(c => Locate(c, text, start)).ToList(),
                Evidence = new EventEvidence(range, e.Evidence.TriggerText, new TextRange(triggerAt, triggerAt + e.Evidence.TriggerText.Length)),
                Mentions = e.Mentions.Select(_ => range).ToList(),
            });
        }

        var document = new Document(text, new DocumentMetadata
        {
            Id = id,
            Title = text.Split('\n')[0],
            Url = url,
            Source = source,
            PublicationDate = published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture),
        });
        return new IngestDocument
        {
            Metadata = document.Metadata,
            Text = text,
            Key = DocumentKey.Of(document),
            Sentences = sentences,
            Events = fixedEvents,
        };
    }

    private static EventParticipant Participant(string code, string sentence) =>
        new(Name(code), default, code, code.Length >= 3 ? code[..3] : code, code.Length > 3 ? code[3..] : string.Empty, code.Length > 3 ? "organization" : "state")
        {
            Entry = sentence.Length > 0 ? "test-dictionary:1" : null,
        };

    private static EventParticipant Locate(EventParticipant p, string text, int from)
    {
        var at = text.IndexOf(p.Text, from, StringComparison.Ordinal);
        return at < 0 ? p : p with { Range = new TextRange(at, at + p.Text.Length) };
    }

    // The builder stores the sentence in Evidence only by length; the text is recovered from the actor's entry.
    private static string ActorSentence(CodedEvent e) => SentenceOf.TryGetValue(e, out var sentence) ? sentence : throw new InvalidOperationException("event not built by Reports.Event");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodedEvent, string> SentenceOf = [];

    private static List<TextRange> SplitSentences(string text)
    {
        var ranges = new List<TextRange>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '.' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                if (i > start)
                {
                    ranges.Add(new TextRange(start, text[i] == '.' ? i + 1 : i));
                }

                start = i + 1;
                while (start < text.Length && text[start] == ' ')
                {
                    start++;
                }
            }
        }

        if (start < text.Length)
        {
            ranges.Add(new TextRange(start, text.Length));
        }

        return ranges;
    }

    private static string Name(string code) => code[..Math.Min(3, code.Length)] switch
    {
        "RUS" => code.Length > 3 ? "the Kremlin" : "Russia",
        "PRK" => code.Length > 3 ? "Pyongyang" : "North Korea",
        "KOR" => code.Length > 3 ? "Shin Won-sik" : "South Korea",
        "USA" => code.Length > 3 ? "Washington" : "the United States",
        "UKR" => "Ukraine",
        "EUR" => "the European Union",
        "CHN" => "China",
        "TUR" => "Turkey",
        _ => code,
    };
}
