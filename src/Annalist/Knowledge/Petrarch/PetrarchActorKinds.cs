using Annalist.Knowledge.Actors;

namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// What a PETRARCH actor record names, guessed from its codes and comments (the format does not say):
/// media (a MED code of its own), armed groups (REB, IMG, INS, UAF, SEP; every record of a militant-groups
/// file), states (only bare country codes), people (dated codes, an ELI code, or a CountryInfo/IGOrulers
/// origin), otherwise organisations.
/// </summary>
public static class PetrarchActorKinds
{
    private static readonly string[] GroupRoles = ["REB", "IMG", "INS", "UAF", "SEP"];
    private static readonly string[] BodyRoles = ["GOV", "ELI", "MIL", "OPP", "PTY", "LEG", "JUD", "COP", "SPY", "BUS", "MED", "CVL", "EDU", "LAB", "HLH", "NGO", "IGO"];

    public static ActorKind Infer(PetrarchActorRecord record, IReadOnlyList<ActorCode> codes, bool militantGroupsFile)
    {
        var comment = record.Comment ?? string.Empty;
        if (codes.Any(c => c.Value == "MED" || (c.Sector == "MED" && c.Value.Length == c.Country.Length + 3)))
        {
            return ActorKind.Media;
        }

        if (militantGroupsFile || codes.Any(c => GroupRoles.Contains(c.Sector) || c.Value.StartsWith("IMG", StringComparison.Ordinal)))
        {
            return ActorKind.Group;
        }

        // A country, maybe with its history ([USRUKR <910824] [UKR >911221]): a bare country code and no role of a person or body.
        if (codes.Any(c => c.Country.Length == 3 && c.Value.Length == 3) && !codes.Any(c => BodyRoles.Contains(c.Sector)))
        {
            return ActorKind.State;
        }

        return comment.Contains("CountryInfo", StringComparison.OrdinalIgnoreCase) || comment.Contains("IGOrulers", StringComparison.OrdinalIgnoreCase)
            || record.Codes.Any(c => c.From is not null || c.To is not null) || codes.Any(c => c.Sector == "ELI")
            ? ActorKind.Person
            : ActorKind.Organization;
    }
}
