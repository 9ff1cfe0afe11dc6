namespace Annalist.Knowledge.Actors;

/// <summary>
/// A CAMEO actor code as written in a dictionary (<c>RUSGOV</c>, <c>IGOUNOKID</c>, <c>PRK</c>), with the
/// country (ISO 3166 alpha-3 or the dictionary's own three-letter country) and the first role after it
/// (the sector: GOV, MIL, MED, IGO, REB...). Both are empty where the code has none.
/// </summary>
public readonly record struct ActorCode(string Value, string Country, string Sector)
{
    public bool IsEmpty => string.IsNullOrEmpty(Value);

    /// <summary>Whether a country field holds a country (a three-letter ISO 3166 or IGO code such as UNO), not nothing.</summary>
    public static bool IsCountry(string? country) => country is { Length: 3 };

    /// <summary>The one country among <paramref name="countries"/> (repeats and empty fields ignored), or null when they name none or several.</summary>
    public static string? OneCountry(IEnumerable<string?> countries)
    {
        string? one = null;
        foreach (var country in countries)
        {
            if (!IsCountry(country) || country == one)
            {
                continue;
            }

            if (one is not null)
            {
                return null;
            }

            one = country;
        }

        return one;
    }

    /// <summary>The three-letter role codes after the country (<c>GOV</c>, <c>BUS</c> for <c>KORGOVBUS</c>).</summary>
    public IEnumerable<string> Roles
    {
        get
        {
            var rest = Value.AsMemory(Country.Length);
            for (var i = 0; i + 3 <= rest.Length; i += 3)
            {
                yield return rest.Slice(i, 3).ToString();
            }
        }
    }

    public override string ToString() => Value;
}
