using Annalist.Coding.Actors;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding;

/// <summary>The actor mentions the coder found in each sentence (by sentence index), whether or not they took part in an event.</summary>
public sealed record SentenceActors(IReadOnlyList<IReadOnlyList<ActorMention>> BySentence)
{
    public static readonly Documents.Layer Layer = new("actors");
}
