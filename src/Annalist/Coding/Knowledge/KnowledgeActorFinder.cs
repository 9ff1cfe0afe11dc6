using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using CodingMention = Annalist.Coding.Actors.ActorMention;
using KnowledgeMention = Annalist.Knowledge.Actors.ActorMention;

namespace Annalist.Coding.Knowledge;

/// <summary>Actor mentions of a sentence from the knowledge layer's dictionaries and composition rules, coded for the date.</summary>
public sealed class KnowledgeActorFinder(ActorDictionary dictionary) : IActorFinder
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

    private static CodingMention? Convert(KnowledgeMention mention)
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
        return new CodingMention(mention.Tokens, code.Value, code.Country, code.Sector, kind, $"{mention.Candidate.Entry} ({mention.Candidate.Source})")
        {
            Name = mention.Candidate.Entry,
        };
    }
}
