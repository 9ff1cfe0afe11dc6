using System.Globalization;
using Annalist.Events;

namespace Annalist.Storage.Merging;

/// <summary>One side of a labelled pair: what the merge rule sees of a report, and the article it came from.</summary>
public sealed record PairReport(string Document, string Outlet, string Published, string Actor, string Recipient, string Type, string Cameo, string Date, string Precision, string Status)
{
    public MergeKey Key(MergeRule rule)
    {
        var precision = EventJson.TryParsePrecision(Precision, out var p) ? p : throw new FormatException($"unknown precision '{Precision}'");
        var status = EventJson.TryParseStatus(Status, out var s) ? s : throw new FormatException($"unknown status '{Status}'");
        var date = DateOnly.ParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new MergeKey(Actor, Actor.Length >= 3 ? Actor[..3] : Actor, Recipient, Recipient.Length >= 3 ? Recipient[..3] : Recipient, Type, Cameo, rule.Window(date, precision), StatusFamilies.Of(status));
    }
}
