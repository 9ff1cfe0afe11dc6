using System.Collections.Frozen;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// Splits actor codes into country and sector. A code starts with a country when its first three letters
/// are a known country code, or when they are not one of the CAMEO role and international codes (so the
/// PETRARCH validation world's ARN, GON, MOR count as countries).
/// </summary>
public sealed class ActorCodeParser
{
    /// <summary>CAMEO role, religion, ethnicity and international prefixes that never start a country code.</summary>
    private static readonly FrozenSet<string> NonCountryPrefixes = FrozenSet.ToFrozenSet(
        [
            "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "HLH",
            "REF", "AGR", "ELI", "MOD", "RAD", "HRI", "IGO", "NGO", "NGM", "MNC", "IMG", "INT", "UAF", "SEP", "INS", "MUS",
            "CHR", "BUD", "HIN", "JEW", "JAN", "SHI", "SUN", "ENV", "DEV", "UNO", "WBK", "IMF", "EEC", "EUR", "NAT", "OAS",
            "ASN", "ARL", "AFR", "APE", "GCC", "CIS", "PKO", "FRM", "ATH", "CPT", "DOX", "ITR", "MAY", "BAH", "ZRO", "SIK",
        ],
        StringComparer.Ordinal);

    private readonly FrozenSet<string> countries;

    public ActorCodeParser(IEnumerable<string> countryCodes)
    {
        countries = countryCodes.ToFrozenSet(StringComparer.Ordinal);
    }

    public bool IsCountry(string code) => countries.Contains(code);

    /// <summary>
    /// Whether three letters are a CAMEO role or international prefix (GOV, IGO, MUS...) rather than a
    /// country: a code starting with anything else starts with its country.
    /// </summary>
    public static bool IsRolePrefix(ReadOnlySpan<char> head) => NonCountryPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head);

    /// <summary>
    /// A role's code with no country before it ("MUS" of "Moslem", "REBMUS"): sectors only, even where its first
    /// letters spell a country too (MUS is also Mauritius).
    /// </summary>
    public static ActorCode ParseRole(string code)
    {
        var value = code.Trim().ToUpperInvariant();
        return new ActorCode(value, string.Empty, value.Length >= 3 ? value[..3] : value);
    }

    public ActorCode Parse(string code)
    {
        var value = code.Trim().ToUpperInvariant();
        if (value.Length < 3)
        {
            return new ActorCode(value, string.Empty, value);
        }

        var head = value[..3];
        var country = countries.Contains(head) || !NonCountryPrefixes.Contains(head) ? head : string.Empty;
        var sector = value.Length >= country.Length + 3 ? value.Substring(country.Length, 3) : string.Empty;
        return new ActorCode(value, country, sector);
    }
}
