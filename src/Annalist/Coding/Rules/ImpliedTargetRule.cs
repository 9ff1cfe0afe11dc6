namespace Annalist.Coding.Rules;

/// <summary>Where the country of the recipient an event implies comes from, tried in order.</summary>
public enum ImpliedCountry
{
    /// <summary>The country of the event's place.</summary>
    Place,

    /// <summary>The country of the event's place when it differs from the actor's own ("withdrew from Lebanon").</summary>
    PlaceAbroad,

    /// <summary>The actor's own country.</summary>
    Source,

    /// <summary>The actor's own country when the actor is police ("police fired tear gas").</summary>
    PoliceSource,
}

/// <summary>
/// The value of an <c>implied-target</c> row of codes.tsv: <c>place|source:GOV</c> is the government of the
/// event's place, else of the actor's country.
/// </summary>
public sealed record ImpliedTargetRule(IReadOnlyList<ImpliedCountry> Countries, string Sector)
{
    public static ImpliedTargetRule Parse(string value, RuleRow row)
    {
        var parts = value.Split(':');
        var countries = parts[0].Split('|').Select(p => p switch
        {
            "place" => ImpliedCountry.Place,
            "place-abroad" => ImpliedCountry.PlaceAbroad,
            "source" => ImpliedCountry.Source,
            "police-source" => ImpliedCountry.PoliceSource,
            _ => throw RulePackReader.Problem(row, $"implied-target country '{p}' is none of place, place-abroad, source, police-source"),
        }).ToList();
        var sector = parts.Length > 1 ? parts[1] : string.Empty;
        if (parts.Length > 2 || sector.Length is not (0 or 3))
        {
            throw RulePackReader.Problem(row, $"implied-target '{value}' should be countries[:SECTOR], e.g. place|source:GOV");
        }

        return new ImpliedTargetRule(countries, sector);
    }
}
