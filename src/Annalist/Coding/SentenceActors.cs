using Annalist.Coding.Actors;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding;

/// <summary>The actor mentions the coder found in each sentence (by sentence index), whether or not they took part in an event.</summary>
public sealed record SentenceActors(IReadOnlyList<IReadOnlyList<ActorMention>> BySentence)
{
    public static readonly Documents.Layer Layer = new("actors");

    /// <summary>
    /// By sentence, the places and things a predicate acts on that are no actor (<see cref="OpenActors.OfObjects"/>):
    /// only ever the recipient a rule event lacks, when the typing model finds it likely.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ActorMention>> Objects { get; init; } = [];
}
