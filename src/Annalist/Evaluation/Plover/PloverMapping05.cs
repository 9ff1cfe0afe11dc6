namespace Annalist.Evaluation.Plover;

/// <summary>
/// The PLOVER 0.5b1 event names of the gold records mapped to the current (2021) event types:
/// DEMAND → REQUEST (a demand is a forceful request), DISAPPROVE → ACCUSE (CAMEO 11 is ACCUSE,
/// mode disapprove), INVESTIGATE → ACCUSE (CAMEO 09 is ACCUSE, mode investigate), FIGHT → ASSAULT
/// (armed clashes), YIELD → CONCEDE. Names that still exist map to themselves.
/// </summary>
public static class PloverMapping05
{
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["INVESTIGATE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
        ["YIELD"] = "CONCEDE",
    };

    public static IReadOnlyDictionary<string, string> Table => Renamed;

    public static string ToCurrent(string event05) => Renamed.TryGetValue(event05, out var current) ? current : event05.ToUpperInvariant();

    /// <summary>Old CAMEO country codes in the gold records and their ISO 3166 equivalents.</summary>
    public static string Country(string code) => code switch
    {
        "JAP" => "JPN",
        "ITL" => "ITA",
        "ROM" => "ROU",
        "GER" => "DEU",
        "UK" or "UKG" => "GBR",
        "ZAR" => "COD",
        "TMP" => "TLS",
        "SER" => "SRB",
        "BOS" => "BIH",
        _ => code,
    };
}
