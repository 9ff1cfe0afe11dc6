using System.Globalization;
using Annalist.Events;
using Annalist.Storage.Query;

namespace Annalist.Cli.Output;

/// <summary>
/// Stored events for people, written as they stream (no buffering of the whole result): aligned columns
/// on a terminal at least <see cref="TerminalLayout.TableMinWidth"/> columns wide, else one block per
/// event (also when redirected, at 80 columns); type and CAMEO coloured by QuadClass where there is colour.
/// </summary>
internal sealed class EventTable(TextWriter output, TerminalLayout layout)
{
    private const string Columns = "{0,-8} {1,-10} {2,-6} {3,-9} {4,-9} {5,-10} {6,-5} {7,-12} {8,4} {9,4} {10,4}  ";

    /// <summary>The evidence column fills what the fixed columns leave of the line.</summary>
    private int EvidenceWidth => Math.Max(20, layout.Width - string.Format(CultureInfo.InvariantCulture, Columns, new object[11]).Length - 1);

    public void WriteHeader()
    {
        if (layout.Blocks)
        {
            return;
        }

        var header = string.Format(CultureInfo.InvariantCulture, Columns, "ID", "DATE", "PREC", "ACTOR", "RECIPIENT", "TYPE", "CAMEO", "STATUS", "MENT", "SRC", "ART") + "EVIDENCE";
        output.Write(layout.Colour ? QuadClassPalette.Bold + header + QuadClassPalette.Reset : header);
        output.Write('\n');
    }

    public void Write(StoredEvent e)
    {
        var evidence = e.Mentions.Count > 0 ? e.Mentions[0].EvidenceText.ReplaceLineEndings(" ") : string.Empty;
        var status = EventJson.StatusName(e.Status) + (e.Disputed ? "*" : string.Empty);
        if (layout.Blocks)
        {
            var code = $"{e.EventType} {e.Cameo}";
            var disputed = e.Disputed ? $" (disputed: {string.Join(", ", e.Statuses.Select(EventJson.StatusName))})" : string.Empty;
            new EventBlock(layout)
            {
                Heading = $"#{e.Id.ToString(CultureInfo.InvariantCulture)}  {e.Date:yyyy-MM-dd} ({EventJson.PrecisionName(e.DatePrecision)})  {Code(e.Actor.Code)} -> {Code(e.Recipient?.Code)}  {code}  {EventJson.StatusName(e.Status)}{disputed}",
                Coloured = code,
                QuadClass = e.QuadClass,
            }
                .Row("reports", string.Create(CultureInfo.InvariantCulture, $"{e.MentionCount} mention(s), {e.SourceCount} outlet(s), {e.ArticleCount} article(s)"))
                .Row("evidence", evidence)
                .WriteTo(output);
            return;
        }

        if (evidence.Length > EvidenceWidth)
        {
            evidence = evidence[..(EvidenceWidth - 1)] + "…";
        }

        var line = string.Format(CultureInfo.InvariantCulture, Columns, e.Id, $"{e.Date:yyyy-MM-dd}", EventJson.PrecisionName(e.DatePrecision), Code(e.Actor.Code), Code(e.Recipient?.Code), e.EventType, e.Cameo, status, e.MentionCount, e.SourceCount, e.ArticleCount) + evidence;
        var colour = QuadClassPalette.Escape(e.QuadClass, layout.Colours);
        if (colour.Length > 0)
        {
            // Colour the TYPE and CAMEO columns: they start after the first five columns.
            var start = string.Format(CultureInfo.InvariantCulture, "{0,-8} {1,-10} {2,-6} {3,-9} {4,-9} ", e.Id, $"{e.Date:yyyy-MM-dd}", EventJson.PrecisionName(e.DatePrecision), Code(e.Actor.Code), Code(e.Recipient?.Code)).Length;
            var length = string.Format(CultureInfo.InvariantCulture, "{0,-10} {1,-5}", e.EventType, e.Cameo).Length;
            line = line[..start] + colour + line.Substring(start, length) + QuadClassPalette.Reset + line[(start + length)..];
        }

        output.Write(line);
        output.Write('\n');
    }

    private static string Code(string? code) => string.IsNullOrEmpty(code) ? "-" : code;
}
