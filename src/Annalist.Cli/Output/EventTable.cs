using System.Globalization;
using Annalist.Events;
using Annalist.Storage.Query;

namespace Annalist.Cli.Output;

/// <summary>Stored events as aligned columns for people, written as they stream (no buffering of the whole result).</summary>
internal sealed class EventTable(TextWriter output, bool color)
{
    private const int EvidenceWidth = 70;

    public void WriteHeader() =>
        output.WriteLine(Dim($"{"ID",-8} {"DATE",-10} {"PREC",-6} {"ACTOR",-9} {"RECIPIENT",-9} {"TYPE",-10} {"CAMEO",-5} {"STATUS",-12} {"MENT",4} {"SRC",4} {"ART",4}  EVIDENCE"));

    public void Write(StoredEvent e)
    {
        var evidence = e.Mentions.Count > 0 ? e.Mentions[0].EvidenceText.ReplaceLineEndings(" ") : string.Empty;
        if (evidence.Length > EvidenceWidth)
        {
            evidence = evidence[..(EvidenceWidth - 1)] + "…";
        }

        var status = EventJson.StatusName(e.Status) + (e.Disputed ? "*" : string.Empty);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{e.Id,-8} {e.Date:yyyy-MM-dd} {EventJson.PrecisionName(e.DatePrecision),-6} {Code(e.Actor.Code),-9} {Code(e.Recipient?.Code),-9} {e.EventType,-10} {e.Cameo,-5} {status,-12} {e.MentionCount,4} {e.SourceCount,4} {e.ArticleCount,4}  {evidence}"));
    }

    private static string Code(string? code) => string.IsNullOrEmpty(code) ? "-" : code;

    private string Dim(string text) => color ? $"\u001b[1m{text}\u001b[0m" : text;
}
