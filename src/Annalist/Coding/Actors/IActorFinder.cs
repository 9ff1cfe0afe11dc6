using Annalist.Documents;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Actors;

/// <summary>
/// Finds the actor, agent and outlet mentions of a sentence (non-overlapping, in text order), with
/// codes valid on the given date. Implemented over the knowledge layer; tests use small fakes.
/// </summary>
public interface IActorFinder
{
    IReadOnlyList<ActorMention> Find(Document document, Sentence sentence, DateOnly date);
}
