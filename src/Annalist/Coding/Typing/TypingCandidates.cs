using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Typing;

/// <summary>A pair of actors of a sentence without an event, and the index of its model input.</summary>
public sealed record SilentPair(int Sentence, ActorMention Actor, ActorMention Recipient, int Input);

/// <summary>What the typing stage asks the model about one document: the rule events (and the input of each, -1 for none), the silent pairs and all inputs.</summary>
public sealed record TypingCandidates(IReadOnlyList<CodedEvent> Events, int[] RuleInputs, IReadOnlyList<SilentPair> Silent, IReadOnlyList<EncodedPair> Pairs)
{
    /// <summary>Possible recipients of the rule events that have none.</summary>
    public IReadOnlyList<RecipientCompletion> Completions { get; init; } = [];

    /// <summary>The pair each sentence is about by the pair selector, where no rule event links it.</summary>
    public IReadOnlyList<SelectedPair> Selected { get; init; } = [];
}

/// <summary>The pair the selector prefers in a sentence, its selection probability, and the index of its model input.</summary>
public sealed record SelectedPair(int Sentence, ActorMention Actor, ActorMention Recipient, double Selection, int Input);

/// <summary>
/// A mention that may be the recipient of the rule event <paramref name="Event"/> (its index in
/// <see cref="TypingCandidates.Events"/>), the index of its model input, and where it was found, which is the order it
/// is tried in (<see cref="CompletionSource"/>).
/// </summary>
public sealed record RecipientCompletion(int Event, ActorMention Recipient, int Input, CompletionSource Source = CompletionSource.Governed);

/// <summary>Where a recipient that may complete a rule event stands; tried in this order.</summary>
public enum CompletionSource
{
    /// <summary>An actor the event's predicate governs.</summary>
    Governed,

    /// <summary>A coded actor elsewhere in the sentence, which the predicate does not govern.</summary>
    Elsewhere,

    /// <summary>A place or thing the predicate acts on, no actor (<see cref="SentenceActors.Objects"/>).</summary>
    ActedOn,
}
