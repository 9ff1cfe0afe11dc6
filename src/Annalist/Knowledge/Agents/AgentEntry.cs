using Annalist.Knowledge.Actors;

namespace Annalist.Knowledge.Agents;

/// <summary>
/// A generic role (<c>FOREIGN_MINISTER [~GOV]</c>, <c>HUMAN_RIGHTS_BODY [NGO~]</c>): the phrases it matches, the
/// role code, and whether that code goes before the actor's code (<see cref="Prefix"/>) or after it.
/// </summary>
public sealed record AgentEntry(int Id, string Entry, IReadOnlyList<string> Phrases, string Code, bool Prefix, string Source, KnowledgeLayer Layer)
{
    /// <summary>The code of this role held for <paramref name="actorCode"/> (a country or organisation code; may be empty).</summary>
    public string Apply(string actorCode) => Prefix ? Code + actorCode : actorCode + Code;
}
