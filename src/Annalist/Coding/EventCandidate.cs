using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// An event found in one sentence, before mentions of the same event are merged and the record is
/// built. An <see cref="Agentless"/> candidate comes from a passive without its agent ("missiles were
/// sent to North Korea"): it only counts as a further mention of an event the article codes elsewhere.
/// </summary>
internal sealed record EventCandidate(
    int Sentence,
    int Trigger,
    TokenRange TriggerTokens,
    CameoCode Cameo,
    string Rule,
    ActorMention Actor,
    ActorMention? Recipient,
    EventStatus Status,
    IReadOnlyList<ActorMention> ClaimedBy,
    IReadOnlyList<ActorMention> ReportedBy,
    DateOnly Date,
    DatePrecision Precision,
    string DateText,
    EventPlace? Place)
{
    public bool Agentless { get; init; }

    /// <summary>Which rule decided the type, actor, recipient, date and place.</summary>
    public EventExplanation? Explain { get; init; }

    /// <summary>A PLOVER type and mode the reading fixes where the CAMEO table cannot (a resignation is RETREAT, mode resign).</summary>
    public (string EventType, string Mode)? Plover { get; init; }

    /// <summary>Whether another candidate has the same actor and recipient codes (both without a recipient counts).</summary>
    public bool SameDyad(EventCandidate other) => DyadKey(Actor) == DyadKey(other.Actor) && DyadKey(Recipient) == DyadKey(other.Recipient);

    /// <summary>What tells parties apart when mentions merge: the code, or for an open actor its words too.</summary>
    private static string? DyadKey(ActorMention? mention) =>
        mention is { IsUnresolved: true } ? $"{mention.Code}~{mention.Name?.ToUpperInvariant()}" : mention?.Code;
}
