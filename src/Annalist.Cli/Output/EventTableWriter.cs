using System.Globalization;
using Annalist.Events;
using Spectre.Console;

namespace Annalist.Cli.Output;

/// <summary>
/// Coded events for people, per document: an aligned table with the evidence sentence on a terminal at
/// least <see cref="TerminalLayout.TableMinWidth"/> columns wide, else one block per event (also when
/// redirected, at 80 columns); event codes coloured by QuadClass where the output has colour. With
/// <c>--explain</c>, the rule that decided each field of each event follows.
/// </summary>
internal sealed class EventTableWriter(IAnsiConsole console, TextWriter output, TerminalLayout layout, bool explain = false)
{
    public void Write(string documentId, string text, IReadOnlyList<CodedEvent> events)
    {
        if (layout.Blocks)
        {
            WriteBlocks(documentId, text, events);
        }
        else
        {
            WriteTable(documentId, text, events);
        }
    }

    private void WriteBlocks(string documentId, string text, IReadOnlyList<CodedEvent> events)
    {
        output.Write($"{documentId}: {events.Count} event(s)\n\n");
        var n = 0;
        foreach (var e in events)
        {
            n++;
            var code = $"{e.EventType} {e.Cameo}";
            var block = new EventBlock(layout)
            {
                Heading = $"#{n.ToString(CultureInfo.InvariantCulture)}  {code}  \"{e.Evidence.TriggerText}\"  {EventJson.StatusName(e.Status)}",
                Coloured = code,
                QuadClass = e.QuadClass,
            };
            block.Row("actor", Participant(e.Actor))
                .Row("recipient", e.Recipient is { } r ? Participant(r) : "-")
                .Row("date", Date(e))
                .Row("place", e.Place?.Name ?? "-");
            if (e.ClaimedBy.Count > 0)
            {
                block.Row("claimed by", Claimants(e));
            }

            if (e.ReportedBy.Count > 0)
            {
                block.Row("reported by", string.Join(", ", e.ReportedBy.Select(o => o.Text)));
            }

            block.Row("evidence", text[e.Evidence.Sentence.Start..e.Evidence.Sentence.End]);
            if (explain)
            {
                foreach (var (field, why) in Explanations(e))
                {
                    block.Row($"why {field}", why);
                }
            }

            block.WriteTo(output);
        }

        output.Flush();
    }

    private void WriteTable(string documentId, string text, IReadOnlyList<CodedEvent> events)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(documentId)}[/]: {events.Count} event(s)");
        table.AddColumn(new TableColumn("#").NoWrap());
        table.AddColumn("actor");
        table.AddColumn(new TableColumn("event").NoWrap());
        table.AddColumn("recipient");
        table.AddColumn(new TableColumn("status").NoWrap());
        table.AddColumn(new TableColumn("date").NoWrap());
        table.AddColumn("place");
        table.AddColumn("claimed by / reported by");
        // The sentence gets what the other columns leave (they take their longest word at least).
        table.AddColumn(new TableColumn("evidence").Width(Math.Max(30, layout.Width - 110)));

        var n = 0;
        foreach (var e in events)
        {
            n++;
            var style = QuadClassPalette.Of(e.QuadClass) is { } colour && layout.Colour ? new Style(colour, decoration: Decoration.Bold) : Style.Plain;
            var claims = string.Join(", ", ClaimantList(e).Concat(e.ReportedBy.Select(o => $"via {o.Text}")));
            var sentence = text[e.Evidence.Sentence.Start..e.Evidence.Sentence.End];
            table.AddRow(
                new Spectre.Console.Text(n.ToString(CultureInfo.InvariantCulture)),
                new Spectre.Console.Text(Participant(e.Actor)),
                new Rows(new Spectre.Console.Text($"{e.EventType} {e.Cameo}", style), new Spectre.Console.Text(e.Evidence.TriggerText)),
                new Spectre.Console.Text(e.Recipient is { } r ? Participant(r) : "-"),
                new Spectre.Console.Text(EventJson.StatusName(e.Status)),
                new Rows(new Spectre.Console.Text($"{e.Date:yyyy-MM-dd}"), new Spectre.Console.Text($"({EventJson.PrecisionName(e.DatePrecision)})")),
                new Spectre.Console.Text(e.Place?.Name ?? "-"),
                new Spectre.Console.Text(claims.Length == 0 ? "-" : claims),
                new Spectre.Console.Text(sentence.Length > 160 ? sentence[..157] + "..." : sentence));
        }

        console.Write(table);
        if (explain)
        {
            WriteExplanations(events);
        }
    }

    /// <summary>`--explain` under a table: the rule that decided each field of each event.</summary>
    private void WriteExplanations(IReadOnlyList<CodedEvent> events)
    {
        var n = 0;
        foreach (var e in events)
        {
            n++;
            console.MarkupLine($"[bold]#{n}[/] {Markup.Escape($"{e.Actor.Code} {e.EventType} {e.Cameo} {e.Recipient?.Code ?? "-"}")}");
            foreach (var (field, why) in Explanations(e))
            {
                console.WriteLine($"   {field,-9} {why}");
            }
        }
    }

    private static IEnumerable<(string Field, string Why)> Explanations(CodedEvent e)
    {
        if (e.Explain is not { } x)
        {
            yield return ("-", "(no explanation recorded)");
            yield break;
        }

        yield return ("type", x.Type);
        yield return ("actor", $"{x.Actor}; entry {e.Actor.Entry}");
        yield return ("recipient", e.Recipient is { } r ? $"{x.Recipient}; entry {r.Entry}" : x.Recipient);
        yield return ("date", x.Date);
        yield return ("place", x.Place);
    }

    private static string Participant(EventParticipant p)
    {
        var text = p.Antecedent is { } antecedent ? $"{p.Text} ({antecedent.Text})" : p.Text;
        // An open actor: named, but by words no dictionary codes ("The ELN [unresolved]", "a U.N. watchdog [UNO?]").
        return p.Kind == "unresolved" ? (p.Code.Length > 0 ? $"{text} [{p.Code}?]" : $"{text} [unresolved]")
            : p.Code.Length > 0 ? $"{text} [{p.Code}]" : text;
    }

    private static string Date(CodedEvent e) =>
        e.Date is { } date ? $"{date:yyyy-MM-dd} ({EventJson.PrecisionName(e.DatePrecision)})" : "-";

    private static IEnumerable<string> ClaimantList(CodedEvent e) => e.ClaimedBy.Select(c => c.Code.Length > 0 ? $"{c.Text} ({c.Code})" : c.Text);

    private static string Claimants(CodedEvent e) => string.Join(", ", ClaimantList(e));
}
