using Annalist.Coding.Rules;
using Annalist.Coding.Syntax;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Places;

namespace Annalist.Coding.Actors;

/// <summary>Whether two actor mentions of a sentence are one party: the same actor, the same words, a place for its government, a pronoun.</summary>
internal sealed class PartyIdentity(SentenceTree tree, IReadOnlyList<PlaceMention> placeMentions)
{
    private static CodingRules Rules => CodingRules.Shipped;

    /// <summary>
    /// Whether a target is its source over again: the same actor named by a place ("imposed martial law in
    /// Baghdad", the capital read as the government), by the same words, or by a pronoun ("they blew themselves
    /// up"). For appeals, demands, hostile and conceding acts, two different phrases for parties of one country
    /// are two parties ("Serb forces killed three ethnic Albanians in southern Serbia": SRB on SRB; "Bosnian
    /// Serbs demanded guarantees from Bosnian Croats": BIH on BIH), as ICEWS and PLOVER code
    /// domestic events; cooperation between a country and itself ("reach agreement on the fate of Palestinian
    /// offices") remains none.
    /// </summary>
    public bool SameParty(ActorMention source, ActorMention target, CameoCode cameo)
    {
        if (!SameActor(source, target))
        {
            return false;
        }

        var domestic = Rules.Has(cameo, CodeProperty.Domestic);
        return !domestic || target.Antecedent is not null || source.Antecedent is not null || NamesPlace(target) || SameWords(source, target)
            || source.Tokens.Overlaps(target.Tokens);
    }

    /// <summary>
    /// Whether the mention is a place standing for its government ("Baghdad"), not a party the place only modifies
    /// ("a Nairobi city magistrate", whom a Nairobi court can demand an explanation from): a place holds the mention's head.
    /// </summary>
    private bool NamesPlace(ActorMention mention)
    {
        var head = tree.Document.HeadOf(mention.Tokens);
        return placeMentions.Any(p => p.Tokens.Overlaps(mention.Tokens) && p.Tokens.Contains(head));
    }

    private bool SameWords(ActorMention a, ActorMention b)
    {
        if (a.Tokens.Count != b.Tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < a.Tokens.Count; k++)
        {
            if (!tree.Document.Form(a.Tokens.Start + k).Equals(tree.Document.Form(b.Tokens.Start + k), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Same code, or same country and sector; actors without a country (the Arab League, the European Community) only by
    /// code; two people the dictionaries name by different entries never ("Gerald Ford praised Richard Nixon": two
    /// American elites of one code).
    /// </summary>
    public static bool SameActor(ActorMention a, ActorMention b) =>
        !a.IsUnknown && !b.IsUnknown && !TwoPeople(a, b) && (a.IsUnresolved || b.IsUnresolved
            ? a.IsUnresolved && b.IsUnresolved && string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase)
            : a.Code == b.Code || (a.Country.Length > 0 && a.Country == b.Country && a.Sector == b.Sector));

    private static bool TwoPeople(ActorMention a, ActorMention b) =>
        a.Actor is { Kind: ActorKind.Person } one && b.Actor is { Kind: ActorKind.Person } other && !ReferenceEquals(one, other) && one.Id != other.Id;
}
