using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Actors;

/// <summary>
/// The dictionary actors named in each sentence (by sentence index), the later short forms of a name included
/// ("Shin" after "Shin Won-sik"): the layer <see cref="ActorStage"/> writes.
/// </summary>
public sealed record ActorMentions(IReadOnlyList<IReadOnlyList<ActorMention>> BySentence)
{
    public static readonly Documents.Layer Layer = new("actor-mentions");
}
