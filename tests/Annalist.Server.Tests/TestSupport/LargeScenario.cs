using Annalist.Documents;
using Annalist.Events;
using Annalist.Storage;
using Annalist.Storage.Documents;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// A store large enough to reach every limit of the workbench, written through the store's own API in a
/// few seconds: 2,400 synthetic documents with two events each between 40 countries (over 60 dyads), over
/// 35 years (over 160 months), three in four placed at one of 700 made-up sites (over the map's 500), some
/// actors named only by a pronoun. Deterministic: the same store every run.
/// </summary>
public static class LargeScenario
{
    public const int Documents = 2400;

    private static readonly string[] Countries =
    [
        "USA", "RUS", "CHN", "UKR", "PRK", "KOR", "IRN", "ISR", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "JPN", "SYR", "IRQ", "AFG", "SAU", "EGY",
        "BRA", "MEX", "VEN", "NGA", "ETH", "SDN", "YEM", "LBN", "POL", "BLR", "GEO", "ARM", "AZE", "KAZ", "TWN", "PHL", "VNM", "IDN", "ZAF", "CAN",
    ];

    private static readonly (string Type, string Cameo, double Goldstein, int Quad, string Verb)[] Types =
    [
        ("CONSULT", "042", 1.9, 1, "met"), ("AGREE", "057", 8.0, 1, "signed with"), ("AID", "072", 8.3, 2, "armed"),
        ("ACCUSE", "112", -2.0, 3, "accused"), ("THREATEN", "138", -7.0, 3, "threatened"), ("ASSAULT", "190", -10.0, 4, "attacked"),
    ];

    public static async Task PopulateAsync(string location)
    {
        var random = new Random(7);
        var first = new DateOnly(1990, 1, 1);
        await using var store = await EventStore.OpenAsync(location);
        for (var start = 0; start < Documents; start += 400)
        {
            var batch = new List<IngestDocument>();
            for (var d = start; d < start + 400; d++)
            {
                var published = first.AddDays(random.Next(35 * 365));
                var id = $"large-{d}";
                var text = $"Synthetic report {d}\n";
                var events = new List<CodedEvent>();
                var sentences = new List<TextRange>();
                for (var e = 0; e < 2; e++)
                {
                    var actor = Countries[(int)(Countries.Length * Math.Pow(random.NextDouble(), 2))];
                    var recipient = Countries[(int)(Countries.Length * Math.Pow(random.NextDouble(), 2))];
                    if (recipient == actor)
                    {
                        recipient = Countries[(Array.IndexOf(Countries, actor) + 1) % Countries.Length];
                    }

                    var (type, cameo, goldstein, quad, verb) = Types[random.Next(Types.Length)];
                    var actorText = random.Next(8) == 0 ? "They" : actor + " officials";
                    var sentence = $"{actorText} {verb} {recipient} forces. ";
                    var at = text.Length;
                    text += sentence;
                    var range = new TextRange(at, at + sentence.Length - 1);
                    sentences.Add(range);
                    var trigger = new TextRange(at + actorText.Length + 1, at + actorText.Length + 1 + verb.Length);
                    var site = random.Next(4) == 0 ? -1 : random.Next(700);
                    events.Add(new CodedEvent
                    {
                        DocumentId = id,
                        EventId = $"{id}-e{e + 1}",
                        SentenceIndex = e,
                        EventType = type,
                        Cameo = cameo,
                        Goldstein = goldstein,
                        QuadClass = quad,
                        Actor = new EventParticipant(actorText, new TextRange(at, at + actorText.Length), actor + "GOV", actor, "GOV", "state"),
                        Recipient = new EventParticipant(recipient, new TextRange(trigger.End + 1, trigger.End + 1 + recipient.Length), recipient, recipient, string.Empty, "state"),
                        Date = published.AddDays(-random.Next(3)),
                        DatePrecision = DatePrecision.Day,
                        Place = site < 0 ? null : Site(site),
                        Evidence = new EventEvidence(range, verb, trigger),
                        Mentions = [range],
                        Rule = "TEST:" + cameo,
                        Versions = new VersionStamp("test", "synthetic", "synthetic"),
                    });
                }

                var document = new Document(text, new DocumentMetadata { Id = id, Title = $"Synthetic report {d}", Source = $"outlet-{d % 12}", Url = $"https://large.example/{d}", PublicationDate = published });
                batch.Add(new IngestDocument { Metadata = document.Metadata, Text = text, Key = DocumentKey.Of(document), Sentences = sentences, Events = events });
            }

            await store.IngestAsync(batch);
        }
    }

    /// <summary>Site n: a made-up city in country n mod 40, around a point that walks the globe.</summary>
    private static EventPlace Site(int n)
    {
        var country = Countries[n % Countries.Length];
        var lat = -50 + ((n * 37) % 110);
        var lon = -170 + ((n * 53) % 340);
        return new EventPlace($"Site {n}", default, $"Site {n}", 8_000_000 + n, lat, lon, country, "R1");
    }
}
