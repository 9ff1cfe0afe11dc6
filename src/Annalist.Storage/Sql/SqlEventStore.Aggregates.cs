using System.Data.Common;
using System.Globalization;
using Annalist.Storage.Query;

namespace Annalist.Storage.Sql;

/// <summary>
/// The aggregates the workbench draws, computed by the database for the whole filter so nothing is
/// dropped on the way: event counts, a time series, places and dyad totals, and a stored article.
/// Answers that are cut (places, dyads) carry the totals that say what the cut left out.
/// </summary>
public abstract partial class SqlEventStore
{
    private const string QuadSums =
        "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), " +
        "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END)";

    public async Task<long> CountEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        command.CommandText = $"SELECT COUNT(*) FROM events e {Where(query, command)}";
        return await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SeriesPoint>> QuerySeriesAsync(EventQuery query, DyadPeriod period, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        var periodKey = PeriodKey(period);
        command.CommandText =
            $"SELECT {periodKey} AS period, COUNT(*), SUM(COALESCE(e.goldstein, 0)), {QuadSums} FROM events e {Where(query, command)} GROUP BY {periodKey} ORDER BY period";
        var points = new List<SeriesPoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            points.Add(new SeriesPoint(PeriodStart(reader.Int32(0), period), reader.Int64(1), Double(reader.GetValue(2)), reader.Int64(3), reader.Int64(4), reader.Int64(5), reader.Int64(6)));
        }

        return points;
    }

    public async Task<PlaceSummary> QueryPlacesAsync(EventQuery query, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        var (name, country, admin1, geonameId) = (PlaceField("Name"), PlaceField("Country"), PlaceField("Admin1"), PlaceField("GeonameId"));

        // One pass: every place of the filter, and the events without a place as the group whose fields are all null.
        command.CommandText =
            $"SELECT {name}, {country}, {admin1}, {geonameId}, MIN({PlaceField("Lat")}), MIN({PlaceField("Lon")}), COUNT(*), {QuadSums} " +
            $"FROM events e {Where(query, command)} GROUP BY {name}, {country}, {admin1}, {geonameId}";
        var places = new List<PlaceCount>();
        long unplaced = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (reader.IsDBNull(0))
                {
                    unplaced += reader.Int64(6);
                    continue;
                }

                places.Add(new PlaceCount(
                    reader.Text(0), reader.Text(1), reader.Text(2), reader.IsDBNull(3) ? 0 : Convert.ToInt64(reader.GetValue(3), CultureInfo.InvariantCulture),
                    Double(reader.GetValue(4)), Double(reader.GetValue(5)), reader.Int64(6), reader.Int64(7), reader.Int64(8), reader.Int64(9), reader.Int64(10)));
            }
        }

        var countries = places.GroupBy(p => p.Country, StringComparer.Ordinal)
            .Select(g => new CountryCount(g.Key, g.Sum(p => p.Events)))
            .OrderByDescending(c => c.Events).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        var busiest = places.OrderByDescending(p => p.Events).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.GeonameId).Take(limit).ToList();
        return new PlaceSummary(busiest, countries, places.Count, places.Sum(p => p.Events), unplaced);
    }

    public async Task<DyadSummary> QueryDyadTotalsAsync(EventQuery query, DyadLevel level, int limit, long minimumEvents = 1, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(string.Empty);
        var (actor, recipient) = level == DyadLevel.Code ? ("e.actor_code", "e.recipient_code") : ("e.actor_country", "e.recipient_country");
        var where = Where(query, command);
        command.CommandText =
            $"SELECT {actor}, {recipient}, COUNT(*), SUM(COALESCE(e.goldstein, 0)), {QuadSums} FROM events e " +
            $"{(where.Length == 0 ? "WHERE" : where + " AND")} e.has_recipient = 1 GROUP BY {actor}, {recipient}";
        var dyads = new List<DyadTotal>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                dyads.Add(new DyadTotal(reader.Text(0), reader.Text(1), reader.Int64(2), Double(reader.GetValue(3)), reader.Int64(4), reader.Int64(5), reader.Int64(6), reader.Int64(7)));
            }
        }

        var atMinimum = dyads.Where(d => d.Events >= minimumEvents).ToList();
        var shown = atMinimum.OrderByDescending(d => d.Events).ThenBy(d => d.Actor, StringComparer.Ordinal).ThenBy(d => d.Recipient, StringComparer.Ordinal).Take(limit).ToList();
        return new DyadSummary(shown, atMinimum.Count, dyads.Count, shown.Sum(d => d.Events), dyads.Sum(d => d.Events));
    }

    public async Task<IReadOnlyList<StoredEvent>> QueryEventsSortedAsync(EventQuery query, EventSort sort, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var page = new List<StoredEvent>(limit);
        await using (var command = connection.Command(string.Empty))
        {
            var direction = query.NewestFirst ? "DESC" : "ASC";
            var key = sort == EventSort.Goldstein ? "COALESCE(e.goldstein, 0)" : "e.mention_count";
            command.CommandText = $"SELECT {StoredRows.EventColumns} FROM events e {Where(query, command)} ORDER BY {key} {direction}, e.id {direction} LIMIT @limit OFFSET @offset";
            command.Set("@limit", limit).Set("@offset", offset);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                page.Add(StoredRows.ReadEvent(reader));
            }
        }

        if (page.Count == 0)
        {
            return page;
        }

        var mentions = await ReadMentionsAsync(connection, page.Select(e => e.Id).ToList(), cancellationToken).ConfigureAwait(false);
        return page.Select(e => e with { Mentions = mentions.GetValueOrDefault(e.Id) ?? [] }).ToList();
    }

    public async Task<StoredArticle?> GetArticleAsync(long documentStoreId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "SELECT id, doc_id, text, title, url, outlet, publication_date, sentence_offsets FROM documents WHERE id = @id");
        command.Set("@id", documentStoreId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new StoredArticle(
            reader.Int64(0), reader.GetString(1), reader.GetString(2), reader.NullableText(3), reader.NullableText(4), reader.Text(5),
            reader.NullableText(6) is { } date ? StoreText.ParseDate(date) : null, StoreText.ParseSentenceOffsets((byte[])reader.GetValue(7)));
    }

    /// <summary>The SQL of one field of the place JSON column (Name, Country, Admin1, GeonameId, Lat, Lon); null when the event has no place.</summary>
    protected virtual string PlaceField(string field) => $"json_extract(e.place, '$.{field}')";

    private string Where(EventQuery query, DbCommand command) =>
        EventFilterSql.Where(query with { After = null, Limit = null }, command, FullTextDocuments, PlaceField);

    private static string PeriodKey(DyadPeriod period) => period switch
    {
        DyadPeriod.Day => "e.date_day",
        DyadPeriod.Week => "(e.date_day - (e.date_day % 7))",
        _ => "e.month",
    };

    private static DateOnly PeriodStart(int key, DyadPeriod period) =>
        period == DyadPeriod.Month ? new DateOnly(key / 100, key % 100, 1) : DateOnly.FromDayNumber(key);

    private static double Double(object value) => value is DBNull ? 0 : Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture), 4);
}
