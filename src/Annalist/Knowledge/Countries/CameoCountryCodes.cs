namespace Annalist.Knowledge.Countries;

/// <summary>Country codes as CAMEO writes them, where the country sources use another three-letter code.</summary>
public static class CameoCountryCodes
{
    /// <summary>
    /// Kosovo has no ISO 3166 code; the country table (mledoze/countries) and the Factbook table write the user-assigned
    /// "UNK", while CAMEO and the Phoenix dictionaries (KOSOVO [KSV]) write KSV, so one country had two codes.
    /// </summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal) { ["UNK"] = "KSV" };

    /// <summary>The CAMEO code of a source's three-letter country code.</summary>
    public static string Of(string iso3) => Renamed.GetValueOrDefault(iso3, iso3);
}
