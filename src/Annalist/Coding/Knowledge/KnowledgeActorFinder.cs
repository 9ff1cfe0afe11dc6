using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Knowledge;

/// <summary>
/// Actor mentions of a sentence from the knowledge layer's dictionaries and composition rules, coded
/// for the date. Only codes that start with a real country (or the validation suite's own countries)
/// keep a country: CAMEO's religious and social group codes (MUS, CHR, PPL) are roles, not states;
/// the United Nations and its bodies take PLOVER's UNO.
/// </summary>
public sealed class KnowledgeActorFinder(ActorDictionary dictionary, IReadOnlySet<string>? countries = null) : IActorFinder
{
    public IReadOnlyList<ActorMention> Find(Document document, Sentence sentence, DateOnly date)
    {
        var found = dictionary.Find(document, sentence.Tokens, date);
        var mentions = new List<ActorMention>(found.Count);
        foreach (var mention in found)
        {
            if (Convert(mention) is { } converted)
            {
                mentions.Add(WithoutTrailingPreposition(document, converted));
            }
        }

        return mentions;
    }

    /// <summary>
    /// A few Phoenix agents end in the preposition that links them to a place ("EMBASSY_IN", "AMBASSADOR_TO",
    /// "OBSERVERS_IN"): the match names the party, but the preposition is no word of its name, so the mention's
    /// evidence ends before it ("the Ugandan embassy", not "the Ugandan embassy in").
    /// </summary>
    private static ActorMention WithoutTrailingPreposition(Document document, ActorMention mention)
    {
        var tokens = mention.Tokens;
        return tokens.Count > 1 && document.Upos(tokens.End - 1) == "ADP" ? mention with { Tokens = new(tokens.Start, tokens.End - 1) } : mention;
    }

    private ActorMention? Convert(ActorMention mention)
    {
        if (mention.Candidate is not { Code: { IsEmpty: false } code })
        {
            return null;
        }

        // PLOVER gives the United Nations and its bodies the country code UNO (Phoenix: IGOUNO...).
        var country = code.Value.StartsWith("IGOUNO", StringComparison.Ordinal) ? "UNO"
            : countries is null || countries.Contains(code.Country) ? code.Country : string.Empty;
        return mention with { Country = country, Sector = country.Length == 0 && code.Sector.Length == 0 ? code.Value[..Math.Min(3, code.Value.Length)] : code.Sector };
    }
}
