using System.Globalization;
using Annalist.Storage.Query;

namespace Annalist.Storage.Export;

/// <summary>
/// Stored events as GDELT 2.0 Event records: 61 tab-separated columns, no header, one line per
/// event, as in GDELT's <c>*.export.CSV</c> files. What cannot be filled is left empty (GDELT's own
/// convention for unknown values) or, for numeric columns tools parse as numbers, given a neutral
/// value; see docs/storage.md for the column-by-column mapping.
/// </summary>
public static class GdeltEvents
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Writes one event (its mentions loaded) as one line.</summary>
    public static void Write(StoredEvent e, TextWriter output)
    {
        var fields = new List<string>(61)
        {
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            e.Date.ToString("yyyyMM", CultureInfo.InvariantCulture),
            e.Date.Year.ToString(CultureInfo.InvariantCulture),
            (e.Date.Year + ((((e.Date.Month - 1) * 30) + e.Date.Day) / 365.0)).ToString("F4", CultureInfo.InvariantCulture),
        };
        AddActor(fields, e.Actor);
        AddActor(fields, e.Recipient);
        var cameo = e.Cameo;
        fields.Add(e.Mentions.Any(m => m.Record.SentenceIndex < 3) ? "1" : "0");
        fields.Add(cameo);
        fields.Add(cameo.Length > 3 ? cameo[..3] : cameo);
        fields.Add(cameo.Length > 2 ? cameo[..2] : cameo);
        fields.Add(e.QuadClass.ToString(CultureInfo.InvariantCulture));
        fields.Add(e.Goldstein is { } goldstein ? goldstein.ToString("0.0##", CultureInfo.InvariantCulture) : string.Empty);
        fields.Add(e.MentionCount.ToString(CultureInfo.InvariantCulture));
        fields.Add(e.SourceCount.ToString(CultureInfo.InvariantCulture));
        fields.Add(e.ArticleCount.ToString(CultureInfo.InvariantCulture));
        fields.Add("0");
        AddGeo(fields, null);
        AddGeo(fields, null);
        AddGeo(fields, e);
        fields.Add(e.AddedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var source = e.Mentions.Count > 0 ? e.Mentions[0] : null;
        fields.Add(source?.Url ?? (source is null ? string.Empty : "annalist:" + source.DocumentId));
        GdeltTsv.WriteLine(output, fields);
    }

    private static void AddActor(List<string> fields, EventActor? actor)
    {
        fields.Add(actor?.Code ?? string.Empty);
        fields.Add(actor?.Text.ToUpperInvariant() ?? string.Empty);
        fields.Add(actor?.Country ?? string.Empty);
        fields.Add(string.Empty); // KnownGroupCode: the coder does not resolve known groups separately
        fields.Add(string.Empty); // EthnicCode
        fields.Add(string.Empty); // Religion1Code
        fields.Add(string.Empty); // Religion2Code
        fields.Add(actor?.Sector ?? string.Empty);
        fields.Add(string.Empty); // Type2Code
        fields.Add(string.Empty); // Type3Code
    }

    private static void AddGeo(List<string> fields, StoredEvent? e)
    {
        if (e?.Place is not { } place)
        {
            fields.Add("0");
            fields.AddRange(Enumerable.Repeat(string.Empty, 7));
            return;
        }

        var fips = FipsCountryCodes.FromIso3(place.Country);
        fields.Add(place.Country.Equals("USA", StringComparison.OrdinalIgnoreCase) ? "3" : "4");
        fields.Add(string.Join(", ", new[] { place.Name, place.Admin1, place.Country }.Where(s => !string.IsNullOrEmpty(s))));
        fields.Add(fips);
        fields.Add(fips);
        fields.Add(string.Empty);
        fields.Add(place.Latitude.ToString("0.######", CultureInfo.InvariantCulture));
        fields.Add(place.Longitude.ToString("0.######", CultureInfo.InvariantCulture));
        fields.Add(place.GeonameId.ToString(CultureInfo.InvariantCulture));
    }
}
