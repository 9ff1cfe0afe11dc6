using System.Globalization;
using Annalist.Events;

namespace Annalist.Storage.Merging;

/// <summary>
/// When two reports from different articles are one real-world event. They merge when all hold:
/// <list type="number">
/// <item>the same actor and the same recipient countries (full codes with <see cref="ActorMatch.Code"/>, and always for a domestic event, whose actors only their sectors tell apart; both one-sided also matches);</item>
/// <item>the same PLOVER event type, and CAMEO codes compatible under <see cref="CameoMatch"/> (by default one a prefix of the other);</item>
/// <item>date windows that overlap, each widened by <see cref="SlackDays"/>: a day-precise date is that day, a week the calendar week (Monday to Sunday) holding it,
/// a month or year the whole of it, "before" (recently, undated past acts) the <see cref="BeforeDays"/> days up to the date;</item>
/// <item>places that can be one (<see cref="EventPlace.Compatible"/>: the same town, or a town in a region or country; an unknown place fits any);</item>
/// <item>statuses of the same family (asserted, alleged, denied and negated are claims about one event; hypothetical/conditional and intended only merge with their own kind);</item>
/// <item>the stored event has no report from the same article yet (within an article the coder has already merged its mentions).</item>
/// </list>
/// Among several candidates the one whose date is nearest wins, then the one with most mentions, then the oldest.
/// A stored event keeps the days all its reports allow (the intersection of their windows) and the date of its most precise report.
/// </summary>
public sealed record MergeRule
{
    public static MergeRule Default { get; } = new();

    /// <summary>False stores every report as its own event (no merging across articles).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>
    /// Countries by default: the coder names one actor with different sectors across articles
    /// ("Pyongyang" PRKGOV, "North Korea" PRK), and on the labelled pairs matching countries lost no
    /// precision (94.1% against 93.9%) and found more (recall 94.1% against 91.2%); see docs/storage.md.
    /// </summary>
    public ActorMatch ActorMatch { get; init; } = ActorMatch.Country;

    public CameoMatch CameoMatch { get; init; } = CameoMatch.Prefix;

    /// <summary>
    /// Days of tolerance on each side of a window. 0 by default: on the labelled pairs a day of slack
    /// merged repeated statements on consecutive days (precision 84% instead of 94%) for one more
    /// report dated a day off (recall 94% instead of 91%); see docs/storage.md.
    /// </summary>
    public int SlackDays { get; init; }

    /// <summary>Length of a "before" window: an undated past act or "recently" happened within this many days before its date.</summary>
    public int BeforeDays { get; init; } = 7;

    /// <summary>The days an event dated <paramref name="date"/> with <paramref name="precision"/> may have happened on.</summary>
    public DateWindow Window(DateOnly date, DatePrecision precision)
    {
        var day = date.DayNumber;
        return precision switch
        {
            DatePrecision.Day => new DateWindow(day, day),
            // The coder dates "last week" to its Monday (and "the weekend" to its Saturday): the event
            // may lie on any day of that Monday-to-Sunday week, not only within three days of the date.
            DatePrecision.Week => new DateWindow(day - ((int)date.DayOfWeek + 6) % 7, day - ((int)date.DayOfWeek + 6) % 7 + 6),
            DatePrecision.Month => new DateWindow(new DateOnly(date.Year, date.Month, 1).DayNumber, new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)).DayNumber),
            DatePrecision.Year => new DateWindow(new DateOnly(date.Year, 1, 1).DayNumber, new DateOnly(date.Year, 12, 31).DayNumber),
            _ => new DateWindow(day - BeforeDays, day),
        };
    }

    /// <summary>Decides whether <paramref name="report"/> (from an article the event has no report from) joins the stored <paramref name="stored"/> event.</summary>
    public MergeDecision Decide(MergeKey stored, MergeKey report)
    {
        if (!Enabled)
        {
            return new MergeDecision(false, "merging is off");
        }

        var actorOk = ComparesCodes(report)
            ? stored.ActorCode == report.ActorCode && stored.RecipientCode == report.RecipientCode
            : stored.ActorCountry == report.ActorCountry && stored.RecipientCountry == report.RecipientCountry;
        if (!actorOk)
        {
            return new MergeDecision(false, $"different dyad: {Dyad(stored)} vs {Dyad(report)}");
        }

        if (stored.ActorName != report.ActorName || stored.RecipientName != report.RecipientName)
        {
            // Open actors share an empty (or country-only) code: only the same words are the same party.
            return new MergeDecision(false, $"different open actors: '{stored.ActorName}'→'{stored.RecipientName}' vs '{report.ActorName}'→'{report.RecipientName}'");
        }

        if (stored.EventType != report.EventType)
        {
            return new MergeDecision(false, $"different type: {stored.EventType} vs {report.EventType}");
        }

        if (!CameoCompatible(stored.Cameo, report.Cameo))
        {
            return new MergeDecision(false, $"CAMEO {stored.Cameo} and {report.Cameo} are not compatible ({CameoMatch.ToString().ToLowerInvariant()} rule)");
        }

        if (!stored.Window.Overlaps(report.Window, SlackDays))
        {
            return new MergeDecision(false, $"dates {stored.Window} and {report.Window} are more than {SlackDays} day(s) apart");
        }

        if (!EventPlace.Compatible(stored.Place, report.Place))
        {
            return new MergeDecision(false, $"different places: {stored.Place!.Name} vs {report.Place!.Name}");
        }

        if (stored.Family != report.Family)
        {
            return new MergeDecision(false, $"status families differ: {stored.Family} vs {report.Family}".ToLowerInvariant());
        }

        return new MergeDecision(true, string.Create(
            CultureInfo.InvariantCulture,
            $"same dyad {Dyad(report)}, type {report.EventType}, CAMEO {stored.Cameo}~{report.Cameo}, dates {report.Window} within {stored.Window} ±{SlackDays}d, {report.Family.ToString().ToLowerInvariant()} status"));
    }

    /// <summary>Whether two CAMEO codes can name one event under <see cref="CameoMatch"/>.</summary>
    public bool CameoCompatible(string a, string b) => CameoMatch switch
    {
        CameoMatch.Any => true,
        CameoMatch.Root => Root(a) == Root(b),
        _ => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal),
    };

    /// <summary>One line naming every setting, for docs and the ingest summary.</summary>
    public string Describe() => Enabled
        ? string.Create(CultureInfo.InvariantCulture, $"actor {ActorMatch.ToString().ToLowerInvariant()}, cameo {CameoMatch.ToString().ToLowerInvariant()}, slack {SlackDays}d, week Mon-Sun, before {BeforeDays}d")
        : "off";

    private static string Root(string cameo) => cameo.Length >= 2 ? cameo[..2] : cameo;

    /// <summary>
    /// Full codes decide under <see cref="ActorMatch.Code"/>, and for domestic events (actor and
    /// recipient of one country) under either setting: there the sector is what tells actors apart
    /// (USABUS against USAMIL), as the PLOVER manual says of sector codes.
    /// </summary>
    private bool ComparesCodes(MergeKey report) =>
        ActorMatch == ActorMatch.Code || (report.ActorCountry.Length > 0 && report.ActorCountry == report.RecipientCountry);

    /// <summary>The dyad as the rule compares it, for explanations: "RUS→PRK", "USABUS→USAMIL", "-" for no recipient.</summary>
    public string Dyad(MergeKey key) => ComparesCodes(key)
        ? $"{Show(key.ActorCode)}→{Show(key.RecipientCode)}"
        : $"{Show(key.ActorCountry)}→{Show(key.RecipientCountry)}";

    private static string Show(string code) => code.Length == 0 ? "-" : code;
}
