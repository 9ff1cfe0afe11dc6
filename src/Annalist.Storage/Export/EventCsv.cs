using System.Globalization;
using Annalist.Events;
using Annalist.Storage.Query;
using Annalist.Storage.Sql;

namespace Annalist.Storage.Export;

/// <summary>Stored events as RFC 4180 CSV with a header: one row per event, the first report's evidence and URL.</summary>
public static class EventCsv
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "date", "date_precision", "actor_code", "actor_country", "actor_sector", "actor_text",
        "recipient_code", "recipient_country", "recipient_sector", "recipient_text",
        "event_type", "mode", "context", "cameo", "goldstein", "quad_class",
        "status", "statuses", "disputed", "mention_count", "source_count", "article_count", "first_seen", "last_seen",
        "place", "place_country", "lat", "lon", "evidence", "url",
    ];

    public static void WriteHeader(TextWriter output) => WriteRow(output, Columns);

    public static void Write(StoredEvent e, TextWriter output)
    {
        var first = e.Mentions.Count > 0 ? e.Mentions[0] : null;
        WriteRow(output,
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            StoreText.Date(e.Date),
            EventJson.PrecisionName(e.DatePrecision),
            e.Actor.Code, e.Actor.Country, e.Actor.Sector, e.Actor.Text,
            e.Recipient?.Code ?? string.Empty, e.Recipient?.Country ?? string.Empty, e.Recipient?.Sector ?? string.Empty, e.Recipient?.Text ?? string.Empty,
            e.EventType, e.Mode, string.Join(';', e.Contexts), e.Cameo,
            e.Goldstein?.ToString("0.0##", CultureInfo.InvariantCulture) ?? string.Empty,
            e.QuadClass.ToString(CultureInfo.InvariantCulture),
            EventJson.StatusName(e.Status),
            string.Join(';', e.Statuses.Select(EventJson.StatusName)),
            e.Disputed ? "true" : "false",
            e.MentionCount.ToString(CultureInfo.InvariantCulture),
            e.SourceCount.ToString(CultureInfo.InvariantCulture),
            e.ArticleCount.ToString(CultureInfo.InvariantCulture),
            StoreText.Date(e.FirstSeen),
            StoreText.Date(e.LastSeen),
            e.Place?.Name ?? string.Empty,
            e.Place?.Country ?? string.Empty,
            e.Place?.Latitude.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty,
            e.Place?.Longitude.ToString("0.######", CultureInfo.InvariantCulture) ?? string.Empty,
            first?.EvidenceText ?? string.Empty,
            first?.Url ?? string.Empty,
        ]);
    }

    public static void WriteRow(TextWriter output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            var value = fields[i];
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                output.Write('"');
                output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                output.Write('"');
            }
            else
            {
                output.Write(value);
            }
        }

        output.Write("\r\n");
    }
}
