using Annalist.Documents;
using Annalist.Events;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Text;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// The stored world of the server tests: four articles about North Korean troops and Russian missiles,
/// sanctions in Brussels, and one article whose every string is markup (to prove the workbench shows
/// it as text), coded by the <see cref="FakeCoderStage"/> and ingested through the store's own API.
/// </summary>
public static class Scenario
{
    public const string Markup = "<img src=x onerror=\"window.__pwned=1\">";
    public const string ScriptMarkup = "<script>window.__pwned=2</script>";

    public static readonly (string Text, string Name, long GeonameId, double Lat, double Lon, string Country) Seoul = ("Seoul", "Seoul", 1835848, 37.566, 126.9784, "KOR");
    public static readonly (string Text, string Name, long GeonameId, double Lat, double Lon, string Country) Pyongyang = ("Pyongyang", "Pyongyang", 1871859, 39.0339, 125.7543, "PRK");
    public static readonly (string Text, string Name, long GeonameId, double Lat, double Lon, string Country) Brussels = ("Brussels", "Brussels", 2800866, 50.8505, 4.3488, "BEL");

    public static IReadOnlyList<FakeEvent> Events { get; } =
    [
        new("supplied", "AID", "072", 2, 8.3, ("Russia", "RUS"), ("North Korea", "PRK"))
        {
            Claimants = [("Shin Won-sik", "KORGOV")], Place = Seoul, Contexts = ["military"], DateText = "this Friday (22)",
        },
        new("accused", "ACCUSE", "112", 3, -2, ("The United States", "USA"), ("Pyongyang", "PRK")) { Precision = DatePrecision.Before },
        new("accused", "ACCUSE", "112", 3, -2, ("South Korea", "KOR"), ("Pyongyang", "PRK")) { Precision = DatePrecision.Before },
        new("sending", "AID", "074", 2, 7, ("Pyongyang", "PRK"), ("the Russians", "RUS"))
        {
            Status = EventStatus.Alleged, Claimants = [("The United States", "USA"), ("South Korea", "KOR")], Precision = DatePrecision.Before,
        },
        new("denied", "AID", "074", 2, 7, ("North Korea", "PRK"), ("Russia", "RUS"))
        {
            Status = EventStatus.Denied, Claimants = [("North Korea", "PRKGOV")], Outlet = "KCNA", Place = Pyongyang, Precision = DatePrecision.Before,
        },
        new("delivered", "AID", "072", 2, 8.3, ("Russia", "RUS"), ("North Korea", "PRK")) { Date = new DateOnly(2024, 12, 19), DateText = "on Thursday" },
        new("imposed", "SANCTION", "163", 4, -8, ("The European Union", "EUR"), ("Russia", "RUS")) { Place = Brussels, Date = new DateOnly(2024, 11, 25), DateText = "on Monday" },
        new("accused", "ACCUSE", "112", 3, -2, ("<b>Acme</b>", "ACM"), (Markup, "XYZ")),
    ];

    /// <summary>The articles as JSON Lines records would give them: id, text, date, title, source, url.</summary>
    public static IReadOnlyList<(string Id, string Text, string Date, string Title, string Source, string Url)> Articles { get; } =
    [
        ("yonhap-1122",
            "Seoul says Russia armed North Korea\nRussia supplied anti-aircraft missiles to North Korea, security director Shin Won-sik said in Seoul this Friday (22). The United States and South Korea accused Pyongyang of sending troops to help the Russians.",
            "2024-11-22", "Seoul says Russia armed North Korea", "Yonhap", "https://en.yna.co.kr/view/AEN20241122"),
        ("kcna-1123",
            "Pyongyang answers\nNorth Korea denied sending troops to Russia, state news agency KCNA reported from Pyongyang.",
            "2024-11-23", "Pyongyang answers", "KCNA", "http://kcna.kp/en/article/20241123"),
        ("kcna-1220",
            "New shipment\nRussia delivered more missiles to North Korea on Thursday, the agency said.",
            "2024-12-20", "New shipment", "KCNA", "http://kcna.kp/en/article/20241220"),
        ("afp-1201",
            "EU acts\nThe European Union imposed sanctions on Russia in Brussels on Monday.",
            "2024-12-01", "EU acts", "AFP", "https://www.afp.com/en/news/eu-sanctions"),
        ("markup-1",
            $"{Markup} headline\n<b>Acme</b> accused {Markup} of fraud {ScriptMarkup}.",
            "2024-11-20", Markup + ScriptMarkup, "<script>alert('outlet')</script>", "javascript:window.__pwned=3"),
    ];

    /// <summary>The text layer and the fake coder: what the tests put in place of the real coding pipeline.</summary>
    public static AnnotationPipeline Pipeline { get; } = new PipelineBuilder().Add(new TextSegmentationStage()).Add(new FakeCoderStage(Events)).Build();

    public static async Task PopulateAsync(string location)
    {
        await using var store = await EventStore.OpenAsync(location);
        var batch = new List<IngestDocument>();
        foreach (var article in Articles)
        {
            var document = new Document(article.Text, new DocumentMetadata
            {
                Id = article.Id,
                Title = article.Title,
                Source = article.Source,
                Url = article.Url,
                PublicationDate = DateOnly.Parse(article.Date, System.Globalization.CultureInfo.InvariantCulture),
            });
            var result = Pipeline.ProcessSafely(InputRecord.Read(document));
            batch.Add(IngestDocument.From(result.Document ?? throw new InvalidOperationException(string.Join("; ", result.Problems))));
        }

        await store.IngestAsync(batch);
    }
}
