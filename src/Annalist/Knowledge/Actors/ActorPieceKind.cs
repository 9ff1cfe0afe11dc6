namespace Annalist.Knowledge.Actors;

/// <summary>What a run of tokens is, before composition.</summary>
internal enum ActorPieceKind
{
    Actor,
    Agent,
    Name,
    Other,
}
