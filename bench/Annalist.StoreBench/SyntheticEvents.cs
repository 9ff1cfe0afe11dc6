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

    /// <summary>Rough centroids (latitude, longitude) of <see cref="Countries"/>, in the same order.</summary>
    private static readonly (double Lat, double Lon)[] Centroids =
    [
        (39.8, -98.6), (61.5, 105.0), (35.0, 103.0), (49.0, 32.0), (40.3, 127.5), (36.5, 127.9), (32.4, 53.7), (31.4, 35.0), (54.0, -2.0), (46.6, 2.4),
        (51.2, 10.4), (39.0, 35.2), (22.0, 79.0), (30.0, 69.3), (36.2, 138.3), (35.0, 38.5), (33.2, 43.7), (33.9, 67.7), (24.0, 45.0), (26.8, 30.8),
        (-10.3, -53.2), (23.6, -102.5), (7.0, -66.0), (9.1, 8.7), (9.1, 40.5), (15.6, 30.2), (15.6, 48.0), (33.9, 35.9), (31.9, 35.2), (52.0, 19.4),
        (53.7, 28.0), (42.3, 43.4), (40.1, 45.0), (40.1, 47.6), (48.0, 67.0), (23.7, 121.0), (12.9, 121.8), (14.1, 108.3), (-2.5, 118.0), (-30.6, 22.9),
    ];

    private static readonly string[] Sectors = ["", "", "GOV", "MIL", "GOV", "OPP", "BUS"];

    private static readonly (string Type, string Cameo, double Goldstein, int Quad)[] Types =
    [
        ("CONSULT", "042", 1.9, 1), ("AGREE", "057", 8.0, 1), ("SUPPORT", "051", 3.4, 1), ("COOPERATE", "061", 6.4, 2), ("AID", "072", 8.3, 2),
        ("AID", "071", 7.4, 2), ("REQUEST", "020", 3.0, 1), ("ACCUSE", "112", -2.0, 3), ("REJECT", "120", -4.0, 3), ("THREATEN", "138", -7.0, 3),
        ("PROTEST", "141", -6.5, 3), ("SANCTION", "163", -8.0, 4), ("MOBILIZE", "154", -7.2, 4), ("COERCE", "173", -5.0, 4), ("ASSAULT", "190", -10.0, 4),
    ];

    private readonly Random random = new(seed);

    // Places draw from their own sequence, so the events (and the stores benchmarks were measured on) stay as they were.
    private readonly Random places = new(seed + 1);

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
                Place = Place(places.Next(2) == 0 ? actor[..3] : recipient[..3], sentence),
                Rule = "SYNTHETIC:" + cameo,
                Versions = new VersionStamp("bench", "synthetic", "synthetic"),
            });
        }

        return events;
    }

    public int Next(int max) => random.Next(max);

    private EventPlace? Place(string country, TextRange sentence)
    {
        if (places.Next(3) == 0)
        {
            return null;
        }

        var index = Array.IndexOf(Countries, country);
        var (lat, lon) = Centroids[index];
        var site = (int)(40 * Math.Pow(places.NextDouble(), 1.8));
        var range = new TextRange(sentence.Start, sentence.Start);
        if (site == 0)
        {
            return new EventPlace(country, range, country, 0, lat, lon, country, string.Empty);
        }

        var angle = site * 2.4;
        var distance = 0.4 + (0.11 * site);
        var (siteLat, siteLon) = (lat + (distance * Math.Sin(angle)), lon + (distance * Math.Cos(angle)));
        return site <= 5
            ? new EventPlace($"{country} region {site}", range, $"{country} region {site}", 0, siteLat, siteLon, country, $"R{site}")
            : new EventPlace($"{country} site {site}", range, $"{country} site {site}", 9_000_000 + (index * 100) + site, siteLat, siteLon, country, $"R{(site % 5) + 1}");
    }

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
