using System.Globalization;
using Annalist.Events;

namespace Annalist.Cli.Output;

/// <summary>One line per event with a header; tabs and line breaks inside values become spaces.</summary>
internal sealed class EventTsvWriter(TextWriter writer)
{
    private static readonly string[] Columns =
    [
        "doc_id", "event_id", "sentence_index", "event_type", "mode", "context", "cameo", "goldstein", "quad_class",
        "actor_code", "actor_country", "actor_sector", "actor_text", "recipient_code", "recipient_country", "recipient_sector", "recipient_text",
        "date", "date_precision", "date_text", "place_name", "place_country", "lat", "lon", "status", "claimed_by", "reported_by",
        "trigger", "evidence_start", "evidence_end", "mentions", "rule",
    ];

    private bool headerWritten;

    public void Write(CodedEvent e)
    {
        if (!headerWritten)
        {
            writer.WriteLine(string.Join('\t', Columns));
            headerWritten = true;
        }

        string[] values =
        [
            e.DocumentId, e.EventId, e.SentenceIndex.ToString(CultureInfo.InvariantCulture), e.EventType, e.Mode, string.Join(';', e.Contexts), e.Cameo,
            e.Goldstein?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, e.QuadClass.ToString(CultureInfo.InvariantCulture),
            e.Actor.Code, e.Actor.Country, e.Actor.Sector, e.Actor.Text,
            e.Recipient?.Code ?? string.Empty, e.Recipient?.Country ?? string.Empty, e.Recipient?.Sector ?? string.Empty, e.Recipient?.Text ?? string.Empty,
            e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty, EventJson.PrecisionName(e.DatePrecision), e.DateText,
            e.Place?.Name ?? string.Empty, e.Place?.Country ?? string.Empty,
            e.Place?.Latitude.ToString("0.#####", CultureInfo.InvariantCulture) ?? string.Empty, e.Place?.Longitude.ToString("0.#####", CultureInfo.InvariantCulture) ?? string.Empty,
            EventJson.StatusName(e.Status), string.Join(';', e.ClaimedBy.Select(c => $"{c.Text}={c.Code}")), string.Join(';', e.ReportedBy.Select(o => o.Text)),
            e.Evidence.TriggerText, e.Evidence.Sentence.Start.ToString(CultureInfo.InvariantCulture), e.Evidence.Sentence.End.ToString(CultureInfo.InvariantCulture),
            string.Join(';', e.Mentions.Select(m => $"{m.Start}-{m.End}")), e.Rule,
        ];
        writer.WriteLine(string.Join('\t', values.Select(Clean)));
    }

    private static string Clean(string value) => value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
