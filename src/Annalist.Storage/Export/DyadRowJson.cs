using System.Globalization;
using System.Text.Json;
using Annalist.Storage.Query;

namespace Annalist.Storage.Export;

/// <summary>One point of a dyad series as JSON: the records of <c>annalist dyads --format jsonl</c> and of <c>GET /api/dyads</c>.</summary>
public static class DyadRowJson
{
    public static void Write(DyadRow row, DyadPeriod period, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("actor", row.Actor);
        json.WriteString("recipient", row.Recipient);
        json.WriteString("period", row.PeriodStart.ToString(period == DyadPeriod.Month ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("period_start", row.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteNumber("events", row.Events);
        json.WriteNumber("mentions", row.Mentions);
        json.WriteNumber("goldstein_sum", row.GoldsteinSum);
        json.WriteStartObject("quad_class");
        json.WriteNumber("1", row.VerbalCooperation);
        json.WriteNumber("2", row.MaterialCooperation);
        json.WriteNumber("3", row.VerbalConflict);
        json.WriteNumber("4", row.MaterialConflict);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
