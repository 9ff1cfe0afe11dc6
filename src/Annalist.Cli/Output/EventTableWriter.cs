using Annalist.Events;
using Spectre.Console;

namespace Annalist.Cli.Output;

/// <summary>Events for people: an aligned table per document with the evidence sentence, colour by QuadClass on a terminal.</summary>
internal sealed class EventTableWriter(IAnsiConsole console, bool explain = false)
{
    public void Write(string documentId, string text, IReadOnlyList<CodedEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(documentId)}[/]: {events.Count} event(s)");
        foreach (var column in new[] { "#", "actor", "event", "recipient", "status", "date", "place", "claimed by / reported by", "evidence" })
        {
            table.AddColumn(column);
        }

        var n = 0;
        foreach (var e in events)
        {
            n++;
            var colour = e.QuadClass switch
            {
                1 => "green",
                2 => "aqua",
                3 => "yellow",
                4 => "red",
                _ => "default",
            };
            var claims = string.Join(", ", e.ClaimedBy.Select(c => $"{c.Text} ({c.Code})").Concat(e.ReportedBy.Select(o => $"via {o.Text}")));
            var sentence = text[e.Evidence.Sentence.Start..e.Evidence.Sentence.End];
            table.AddRow(
                n.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape($"{e.Actor.Text} [{e.Actor.Code}]"),
                $"[{colour}]{Markup.Escape($"{e.EventType} {e.Cameo}")}[/]\n{Markup.Escape(e.Evidence.TriggerText)}",
                Markup.Escape(e.Recipient is { } r ? $"{r.Text} [{r.Code}]" : "-"),
                EventJson.StatusName(e.Status),
                Markup.Escape($"{e.Date:yyyy-MM-dd} ({EventJson.PrecisionName(e.DatePrecision)})"),
                Markup.Escape(e.Place?.Name ?? "-"),
                Markup.Escape(claims.Length == 0 ? "-" : claims),
                Markup.Escape(sentence.Length > 160 ? sentence[..157] + "..." : sentence));
        }

        console.Write(table);
        if (explain)
        {
            WriteExplanations(events);
        }
    }

    /// <summary>`--explain`: under the table, the rule that decided each field of each event.</summary>
    private void WriteExplanations(IReadOnlyList<CodedEvent> events)
    {
        var n = 0;
        foreach (var e in events)
        {
            n++;
            console.MarkupLine($"[bold]#{n}[/] {Markup.Escape($"{e.Actor.Code} {e.EventType} {e.Cameo} {e.Recipient?.Code ?? "-"}")}");
            if (e.Explain is not { } x)
            {
                console.WriteLine("   (no explanation recorded)");
                continue;
            }

            foreach (var (field, why) in new[] { ("type", x.Type), ("actor", $"{x.Actor}; entry {e.Actor.Entry}"), ("recipient", e.Recipient is { } r ? $"{x.Recipient}; entry {r.Entry}" : x.Recipient), ("date", x.Date), ("place", x.Place) })
            {
                console.WriteLine($"   {field,-9} {why}");
            }
        }
    }
}
