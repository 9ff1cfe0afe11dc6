using Annalist.Documents;
using Annalist.Events;

namespace Annalist.StoreBench;

/// <summary>
/// Plausible coded events for benchmark documents: actors drawn from 40 countries with a skewed
/// (Zipf-like) distribution so some dyads are busy, PLOVER/CAMEO types with their Goldstein values
/// and QuadClasses, day-precise dates within a span ending at the publication date.
/// </summary>
internal sealed class SyntheticEvents(int seed)
{
    private static readonly string[] Countries =
    [
        "USA", "RUS", "CHN", "UKR", "PRK", "KOR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "JPN", "SYR", "IRQ", "AFG", "SAU", "EGY",
        "BRA", "MEX", "VEN", "NGA", "ETH", "SDN", "YEM", "LBN", "PSE", "POL", "BLR", "GEO", "ARM", "AZE", "KAZ", "TWN", "PHL", "VNM", "IDN", "ZAF",
    ];

    private static readonly string[] Sectors = ["", "", "GOV", "MIL", "GOV", "OPP", "BUS"];

    private static readonly (string Type, string Cameo, double Goldstein, int Quad)[] Types =
    [
        ("CONSULT", "042", 1.9, 1), ("AGREE", "057", 8.0, 1), ("SUPPORT", "051", 3.4, 1), ("COOPERATE", "061", 6.4, 2), ("AID", "072", 8.3, 2),
        ("AID", "071", 7.4, 2), ("REQUEST", "020", 3.0, 1), ("ACCUSE", "112", -2.0, 3), ("REJECT", "120", -4.0, 3), ("THREATEN", "138", -7.0, 3),
        ("PROTEST", "141", -6.5, 3), ("SANCTION", "163", -8.0, 4), ("MOBILIZE", "154", -7.2, 4), ("COERCE", "173", -5.0, 4), ("ASSAULT", "190", -10.0, 4),
    ];

    private readonly Random random = new(seed);

    public string Country() => Countries[(int)(Countries.Length * Math.Pow(random.NextDouble(), 2.2))];

    public List<CodedEvent> For(string documentId, string text, IReadOnlyList<TextRange> sentences, DateOnly published, int count, int spanDays)
    {
        var events = new List<CodedEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var actor = Country() + Sectors[random.Next(Sectors.Length)];
            string recipient;
            do
            {
                recipient = Country() + Sectors[random.Next(Sectors.Length)];
            }
            while (recipient[..3] == actor[..3]);

            var (type, cameo, goldstein, quad) = Types[random.Next(Types.Length)];
            var sentence = sentences.Count > 0 ? sentences[random.Next(sentences.Count)] : new TextRange(0, Math.Min(text.Length, 200));
            var trigger = new TextRange(sentence.Start, Math.Min(sentence.End, sentence.Start + 5));
            var status = random.Next(10) switch { 0 => EventStatus.Alleged, 1 => EventStatus.Denied, 2 => EventStatus.Intended, _ => EventStatus.Asserted };
            events.Add(new CodedEvent
            {
                DocumentId = documentId,
                EventId = $"{documentId}-e{i + 1}",
                SentenceIndex = Math.Max(0, sentences.Count > 0 ? IndexOf(sentences, sentence) : 0),
                EventType = type,
                Cameo = cameo,
                Goldstein = goldstein,
                QuadClass = quad,
                Actor = new EventParticipant(actor, new TextRange(sentence.Start, sentence.Start), actor, actor[..3], actor[3..], "state"),
                Recipient = new EventParticipant(recipient, new TextRange(sentence.Start, sentence.Start), recipient, recipient[..3], recipient[3..], "state"),
                Date = published.AddDays(-random.Next(spanDays)),
                DatePrecision = DatePrecision.Day,
                Status = status,
                ClaimedBy = status is EventStatus.Alleged or EventStatus.Denied ? [new EventParticipant(actor[..3], default, actor[..3] + "GOV", actor[..3], "GOV", "state")] : [],
                Evidence = new EventEvidence(sentence, text[trigger.Start..trigger.End], trigger),
                Mentions = [sentence],
                Rule = "SYNTHETIC:" + cameo,
                Versions = new VersionStamp("bench", "synthetic", "synthetic"),
            });
        }

        return events;
    }

    public int Next(int max) => random.Next(max);

    private static int IndexOf(IReadOnlyList<TextRange> sentences, TextRange sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] == sentence)
            {
                return i;
            }
        }

        return 0;
    }
}
