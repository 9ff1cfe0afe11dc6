using System.Globalization;
using Annalist.Storage.Query;

namespace Annalist.Storage.Export;

/// <summary>
/// The reports of stored events as GDELT 2.0 Mentions records: 16 tab-separated columns, no header,
/// one line per article that reported an event, joined to the events export by GLOBALEVENTID.
/// </summary>
public static class GdeltMentions
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
        "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
        "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    /// <summary>Writes one report of <paramref name="e"/> as one line.</summary>
    public static void Write(StoredEvent e, StoredMention m, TextWriter output)
    {
        var r = m.Record;
        GdeltTsv.WriteLine(output,
        [
            m.EventId.ToString(CultureInfo.InvariantCulture),
            e.AddedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            m.AddedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture),
            "1",
            m.Outlet,
            m.Url ?? "annalist:" + m.DocumentId,
            (r.SentenceIndex + 1).ToString(CultureInfo.InvariantCulture),
            r.Actor.Range.Start.ToString(CultureInfo.InvariantCulture),
            (r.Recipient?.Range.Start ?? -1).ToString(CultureInfo.InvariantCulture),
            r.Evidence.Trigger.Start.ToString(CultureInfo.InvariantCulture),
            "1",
            "100",
            m.DocumentLength.ToString(CultureInfo.InvariantCulture),
            "0",
            string.Empty,
            string.Empty,
        ]);
    }
}
