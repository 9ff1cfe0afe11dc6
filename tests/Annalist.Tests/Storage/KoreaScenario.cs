using Annalist.Documents;
using Annalist.Events;
using Annalist.Storage.Documents;
using static Annalist.Tests.Storage.Reports;

namespace Annalist.Tests.Storage;

/// <summary>
/// Five articles about the seed story (North Korean troops for Russia, Russian missiles for North
/// Korea), coded by hand as the coder would: three outlets report the missiles (two of them the
/// same outlet), an accusation alleges the troop deployment that another article denies, a later
/// delivery is a different event, and a threat of sanctions is not the sanctions.
/// </summary>
internal static class KoreaScenario
{
    public const string SupplySentence = "Russia supplied anti-aircraft missiles to North Korea in exchange for sending troops, South Korean national security director Shin Won-sik said on Friday.";
    public const string AccuseSentence = "The United States and South Korea accused Pyongyang of sending more than 10,000 troops to help the Russians.";
    public const string DenySentence = "North Korea denied sending troops to Russia, state news agency KCNA reported.";

    public static IngestDocument Yonhap { get; } = Document(
        "yonhap-1122",
        "Seoul says Russia armed North Korea\n" + SupplySentence + " " + AccuseSentence,
        "Yonhap", "https://en.yna.co.kr/view/AEN20241122", "2024-11-22",
        Event(SupplySentence, "supplied", "RUS", "PRK", "AID", "072", "2024-11-22", claimedBy: "KORGOV", goldstein: 8.3, quadClass: 2, contexts: ["military"]),
        Event(AccuseSentence, "accused", "USA", "PRK", "ACCUSE", "112", "2024-11-22", DatePrecision.Before, goldstein: -2, quadClass: 3),
        Event(AccuseSentence, "accused", "KOR", "PRK", "ACCUSE", "112", "2024-11-22", DatePrecision.Before, goldstein: -2, quadClass: 3),
        Event(AccuseSentence, "sending", "PRK", "RUS", "AID", "07", "2024-11-22", DatePrecision.Before, EventStatus.Alleged, claimedBy: "USA", goldstein: 7, quadClass: 2, spans: 2));

    public static IngestDocument Reuters { get; } = Document(
        "reuters-1123",
        "Moscow sent air-defence missiles to Pyongyang, Seoul says\nRussia has provided North Korea with air-defence missiles, Seoul said. " + DenySentence,
        "Reuters", "https://www.reuters.com/world/asia-pacific/russia-missiles-north-korea-2024-11-23/", "2024-11-23",
        Event("Russia has provided North Korea with air-defence missiles, Seoul said.", "provided", "RUS", "PRK", "AID", "07", "2024-11-23", DatePrecision.Before, claimedBy: "KORGOV", goldstein: 7, quadClass: 2),
        Event(DenySentence, "denied", "PRK", "RUS", "AID", "07", "2024-11-23", DatePrecision.Before, EventStatus.Denied, claimedBy: "PRKGOV", reportedBy: "KCNA", goldstein: 7, quadClass: 2));

    public static IngestDocument YonhapFollowUp { get; } = Document(
        "yonhap-1124",
        "Russia's missile deliveries to the North draw criticism\nThe missiles Russia supplied to North Korea this week strengthen Pyongyang's air defences, officials said.",
        "Yonhap", "https://en.yna.co.kr/view/AEN20241124", "2024-11-24",
        Event("The missiles Russia supplied to North Korea this week strengthen Pyongyang's air defences, officials said.", "supplied", "RUS", "PRK", "AID", "072", "2024-11-21", DatePrecision.Week, goldstein: 8.3, quadClass: 2));

    public static IngestDocument KcnaDecember { get; } = Document(
        "kcna-1220",
        "New shipment\nRussia delivered more missiles to North Korea on Thursday, the agency said.",
        "KCNA", "http://kcna.kp/en/article/20241220", "2024-12-20",
        Event("Russia delivered more missiles to North Korea on Thursday, the agency said.", "delivered", "RUS", "PRK", "AID", "072", "2024-12-19", goldstein: 8.3, quadClass: 2));

    public static IngestDocument Sanctions { get; } = Document(
        "afp-sanctions",
        "EU weighs sanctions\nThe European Union said it would impose new sanctions on Russia next month. The European Union imposed sanctions on Russia on Monday.",
        "AFP", "https://www.afp.com/en/news/eu-sanctions", "2024-11-20",
        Event("The European Union said it would impose new sanctions on Russia next month.", "impose", "EUR", "RUS", "SANCTION", "163", "2024-12-15", DatePrecision.Month, EventStatus.Intended, goldstein: -8, quadClass: 4),
        Event("The European Union imposed sanctions on Russia on Monday.", "imposed", "EUR", "RUS", "SANCTION", "163", "2024-11-18", goldstein: -8, quadClass: 4,
            place: new EventPlace("Brussels", default, "Brussels", 2800866, 50.85045, 4.34878, "BEL", "Brussels Capital")));

    public static IReadOnlyList<IngestDocument> All { get; } = [Yonhap, Reuters, YonhapFollowUp, KcnaDecember, Sanctions];
}
