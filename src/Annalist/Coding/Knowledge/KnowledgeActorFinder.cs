using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using CodingMention = Annalist.Coding.Actors.ActorMention;
using KnowledgeMention = Annalist.Knowledge.Actors.ActorMention;

namespace Annalist.Coding.Knowledge;

/// <summary>
/// Actor mentions of a sentence from the knowledge layer's dictionaries and composition rules, coded
/// for the date. Only codes that start with a real country (or the validation suite's own countries)
/// keep a country: CAMEO's religious and social group codes (MUS, CHR, PPL) are roles, not states;
/// the United Nations and its bodies take PLOVER's UNO.
/// </summary>
public sealed class KnowledgeActorFinder(ActorDictionary dictionary, IReadOnlySet<string>? countries = null) : IActorFinder
{
    public IReadOnlyList<CodingMention> Find(Document document, Sentence sentence, DateOnly date)
    {
        var found = dictionary.Find(document, sentence.Tokens, date);
        var mentions = new List<CodingMention>(found.Count);
        foreach (var mention in found)
        {
            if (Convert(mention) is { } converted)
            {
                mentions.Add(converted);
            }
        }

        return mentions;
    }

    private CodingMention? Convert(KnowledgeMention mention)
    {
        var code = mention.Code;
        if (code.IsEmpty)
        {
            return null;
        }

        var kind = mention.Kind switch
        {
            ActorKind.State => CodingMention.State,
            ActorKind.Person => CodingMention.Person,
            ActorKind.Media => CodingMention.Media,
            ActorKind.Group => CodingMention.Group,
            _ => CodingMention.Organization,
        };
        // PLOVER gives the United Nations and its bodies the country code UNO (Phoenix: IGOUNO...).
        var country = code.Value.StartsWith("IGOUNO", StringComparison.Ordinal) ? "UNO"
            : countries is null || countries.Contains(code.Country) ? code.Country : string.Empty;
        return new CodingMention(mention.Tokens, code.Value, country, country.Length == 0 && code.Sector.Length == 0 ? code.Value[..Math.Min(3, code.Value.Length)] : code.Sector, kind, $"{mention.Candidate.Entry} ({mention.Candidate.Source})")
        {
            Name = mention.Candidate.Entry,
        };
    }
}
