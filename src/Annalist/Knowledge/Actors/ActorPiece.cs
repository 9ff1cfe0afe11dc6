using Annalist.Knowledge.Agents;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// A run of tokens [Start, End) recognised as an actor phrase, a role, a capitalised unknown name, or nothing.
/// A value: unmatched tokens cost no allocation.
/// </summary>
internal readonly record struct ActorPiece(int Start, int End, ActorPieceKind Kind, IReadOnlyList<ActorEntry> Actors, IReadOnlyList<AgentEntry> Agents);
