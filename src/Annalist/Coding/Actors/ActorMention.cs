using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Coding.Actors;

/// <summary>
/// An actor, agent or outlet recognised in a sentence: its tokens, the resolved code (Phoenix/CAMEO
/// style, e.g. "KORGOV"), country (ISO 3166 alpha-3 or an IGO code), sector ("GOV", "MIL", ...), kind
/// (state, person, organization, media, group) and the dictionary entry (file:line) that resolved it.
/// </summary>
public sealed record ActorMention(TokenRange Tokens, string Code, string Country, string Sector, string Kind, string? Entry)
{
    public const string State = "state";
    public const string Person = "person";
    public const string Organization = "organization";
    public const string Media = "media";
    public const string Group = "group";

    /// <summary>The doer is not named ("a roadside bomb killed three soldiers", "civilians were killed").</summary>
    public const string Unknown = "unknown";

    /// <summary>An unnamed actor over the given tokens (the subject phrase, or none).</summary>
    public static ActorMention UnknownActor(TokenRange tokens) => new(tokens, string.Empty, string.Empty, string.Empty, Unknown, null);

    /// <summary>
    /// The unnamed doer of an act of violence ("a roadside bomb killed three soldiers"), of the country of the
    /// event's place when it has one, as ICEWS and the PLOVER gold records code it.
    /// </summary>
    public static ActorMention UnnamedDoer(TokenRange tokens, EventPlace? place) =>
        place is { Country.Length: 3 } ? UnknownActor(tokens).InCountry(place.Country, "unnamed doer; country of the event's place") : UnknownActor(tokens);

    /// <summary>This role or unnamed actor placed in a country: the code takes the country's prefix, the entry says why.</summary>
    public ActorMention InCountry(string country, string why) =>
        this with { Country = country, Code = country + Code, Entry = Entry is null ? why : $"{Entry}; {why}" };

    public bool IsUnknown => Kind == Unknown;

    /// <summary>
    /// A role with no one attached ("troops", "the government", "police"): no country and no
    /// organisation, only a sector. It cannot be a recipient and takes its country from context.
    /// </summary>
    public bool IsBareRole => Country.Length == 0 && Kind != Unknown && (Code.Length <= 3 || IsTwoRoles(Code));

    /// <summary>Sectors a role is made of ("military government": GOVMIL), which unlike IGO or NGO codes name no organisation.</summary>
    private static readonly WordClass RoleSectors = CodingRules.Shipped.Words("role-sectors");

    private static bool IsTwoRoles(string code) => code.Length == 6 && RoleSectors.Contains(code[..3]) && RoleSectors.Contains(code[3..]);

    /// <summary>True for news outlets: they report claims and are never actors of an event.</summary>
    public bool IsOutlet => Kind == Media;

    /// <summary>When the mention is a pronoun or "her country", the mention it was resolved to.</summary>
    public ActorMention? Antecedent { get; init; }

    /// <summary>Canonical name (e.g. "Korean Central News Agency"), when the dictionary gives one.</summary>
    public string? Name { get; init; }
}
