using System.Data.Common;
using Annalist.Events;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;

namespace Annalist.Storage.Sql;

/// <summary>
/// The WHERE clause of an <see cref="EventQuery"/> over <c>events e</c>, with its parameters. Code and
/// CAMEO prefixes are index ranges (<c>code &gt;= 'RUS' AND code &lt; 'RUS\x7f'</c>), so a dyad and a
/// month are answered from the (actor_code, recipient_code, date_day) index; a code prefix that starts
/// with a country also fixes the country column, for the (actor_country, recipient_country, date_day) index.
/// </summary>
internal static class EventFilterSql
{
    /// <summary>Above every character codes and CAMEO codes use, so "prefix + this" bounds a prefix range.</summary>
    private const string PrefixEnd = "\u007f";

    /// <param name="placeField">The SQL of one field of the place JSON (Name, Country, …); needed only for a place filter.</param>
    public static string Where(EventQuery query, DbCommand command, Func<TextQuery, DbCommand, string> fullText, Func<string, string>? placeField = null)
    {
        var conditions = new List<string>();
        AddPrefix(conditions, command, "e.actor_code", "actor", query.Actor, "e.actor_country");
        AddPrefix(conditions, command, "e.recipient_code", "recipient", query.Recipient, "e.recipient_country");
        AddPrefix(conditions, command, "e.cameo", "cameo", query.CameoPrefix, null);
        if (!string.IsNullOrWhiteSpace(query.EventType))
        {
            conditions.Add("e.event_type = @event_type");
            command.Set("@event_type", query.EventType.Trim().ToUpperInvariant());
        }

        if (query.From is { } from)
        {
            conditions.Add("e.date_day >= @from_day");
            command.Set("@from_day", from.DayNumber);
        }

        if (query.To is { } to)
        {
            conditions.Add("e.date_day <= @to_day");
            command.Set("@to_day", to.DayNumber);
        }

        if (query.Status is { } status)
        {
            conditions.Add("(e.status_mask & @status_bit) <> 0");
            command.Set("@status_bit", StatusFamilies.Bit(status));
        }

        if (query.DisputedOnly)
        {
            conditions.Add("(e.status_mask & @affirm_bits) <> 0 AND (e.status_mask & @refute_bits) <> 0");
            command.Set("@affirm_bits", StatusFamilies.Bit(EventStatus.Asserted) | StatusFamilies.Bit(EventStatus.Alleged));
            command.Set("@refute_bits", StatusFamilies.Bit(EventStatus.Denied) | StatusFamilies.Bit(EventStatus.Negated));
        }

        if (query.Text is { } text)
        {
            conditions.Add($"e.id IN (SELECT m.event FROM mentions m WHERE m.document IN ({fullText(text, command)}))");
        }

        AddRefinements(conditions, query, command, placeField);
        if (query.After is { } after)
        {
            conditions.Add(query.NewestFirst
                ? "(e.date_day < @after_day OR (e.date_day = @after_day AND e.id < @after_id))"
                : "(e.date_day > @after_day OR (e.date_day = @after_day AND e.id > @after_id))");
            command.Set("@after_day", after.DayNumber);
            command.Set("@after_id", after.Id);
        }

        return conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions);
    }

    /// <summary>The ORDER BY of event pages: date then id, oldest or newest first.</summary>
    public static string Order(EventQuery query) => query.NewestFirst ? "ORDER BY e.date_day DESC, e.id DESC" : "ORDER BY e.date_day, e.id";

    /// <summary>The workbench's narrower filters: place country and name, QuadClass, mode and context.</summary>
    private static void AddRefinements(List<string> conditions, EventQuery query, DbCommand command, Func<string, string>? placeField)
    {
        if (!string.IsNullOrWhiteSpace(query.PlaceCountry))
        {
            var field = placeField ?? throw new InvalidOperationException("A place filter needs the store's place field SQL.");
            conditions.Add($"{field("Country")} = @place_country");
            command.Set("@place_country", query.PlaceCountry.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.PlaceName))
        {
            var field = placeField ?? throw new InvalidOperationException("A place filter needs the store's place field SQL.");
            conditions.Add($"{field("Name")} = @place_name");
            command.Set("@place_name", query.PlaceName.Trim());
        }

        if (query.QuadClass is { } quad)
        {
            conditions.Add("e.quad_class = @quad_class");
            command.Set("@quad_class", quad);
        }

        if (!string.IsNullOrWhiteSpace(query.Mode))
        {
            conditions.Add("e.mode = @mode");
            command.Set("@mode", query.Mode.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Context))
        {
            // Contexts are a JSON array of words; the value is checked to be a plain word, so it needs no escaping.
            conditions.Add("e.contexts LIKE @context");
            command.Set("@context", "%\"" + query.Context.Trim() + "\"%");
        }
    }

    private static void AddPrefix(List<string> conditions, DbCommand command, string column, string name, string? prefix, string? countryColumn)
    {
        if (string.IsNullOrWhiteSpace(prefix))
        {
            return;
        }

        var value = prefix.Trim().ToUpperInvariant();
        conditions.Add($"{column} >= @{name}_lo AND {column} < @{name}_hi");
        command.Set($"@{name}_lo", value);
        command.Set($"@{name}_hi", value + PrefixEnd);

        // A code that starts with a country has that country ("USAGOV" is USA): saying so lets a dyad use the
        // (actor_country, recipient_country, date_day) index with two equalities instead of one range, which
        // a query with an event type and no dates over a busy dyad needs.
        if (countryColumn is not null && value.Length >= 3 && char.IsAsciiLetterUpper(value[0]) && char.IsAsciiLetterUpper(value[1])
            && char.IsAsciiLetterUpper(value[2]) && !Annalist.Knowledge.Actors.ActorCodeParser.IsRolePrefix(value.AsSpan(0, 3)))
        {
            conditions.Add($"{countryColumn} = @{name}_country");
            command.Set($"@{name}_country", value[..3]);
        }
    }
}
