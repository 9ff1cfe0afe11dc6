using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Actors;

/// <summary>What the coder reads from an <see cref="ActorMention"/> with the rule pack: bare roles and unnamed doers.</summary>
public static class ActorRoles
{
    /// <summary>Sectors a role is made of ("military government": GOVMIL), which unlike IGO or NGO codes name no organisation.</summary>
    private static readonly WordClass RoleSectors = CodingRules.Shipped.Words("role-sectors");

    extension(ActorMention mention)
    {
        /// <summary>
        /// A role with no one attached ("troops", "the government", "police"): no country and no
        /// organisation, only a sector. It cannot be a recipient and takes its country from context.
        /// </summary>
        public bool IsBareRole => mention.Country.Length == 0 && mention.Kind is not (ActorKind.Unknown or ActorKind.Unresolved) && (mention.Code.Length <= 3 || IsTwoRoles(mention.Code));
    }

    extension(ActorMention)
    {
        /// <summary>
        /// The unnamed doer of an act of violence ("a roadside bomb killed three soldiers"), of the country of the
        /// event's place when it has one, as ICEWS and the PLOVER gold records code it.
        /// </summary>
        public static ActorMention UnnamedDoer(TokenRange tokens, EventPlace? place) =>
            place is { HasCountry: true } ? ActorMention.UnknownActor(tokens).InCountry(place.Country, "unnamed doer; country of the event's place") : ActorMention.UnknownActor(tokens);
    }

    private static bool IsTwoRoles(string code) => code.Length == 6 && RoleSectors.Contains(code[..3]) && RoleSectors.Contains(code[3..]);
}
