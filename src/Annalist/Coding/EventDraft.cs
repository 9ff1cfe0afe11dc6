using Annalist.Coding.Attribution;
using Annalist.Coding.Clauses;
using Annalist.Coding.Lexicon;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Ontology;

namespace Annalist.Coding;

/// <summary>
/// One reading of a predicate or event noun while <see cref="ReadingEvents"/> turns it into event candidates: who
/// does it to whom, under which claim, with which code, and for each the reason the record's <c>explain</c> gives.
/// </summary>
internal sealed class EventDraft(Predicate predicate, EventReading reading, int trigger)
{
    public Predicate Predicate { get; } = predicate;

    public EventReading Reading { get; } = reading;

    /// <summary>The token the reading was triggered by: the predicate, or an event noun under it.</summary>
    public int Trigger { get; } = trigger;

    /// <summary>Whether the event is triggered by the predicate itself rather than by a noun under it.</summary>
    public bool ByPredicate => Trigger == Predicate.Trigger;

    public EventPlace? Place { get; set; }

    public string PlaceWhy { get; set; } = string.Empty;

    public IReadOnlyList<int> SourceHeads { get; set; } = [];

    public List<ActorMention> Sources { get; set; } = [];

    public string ActorWhy { get; set; } = string.Empty;

    public IReadOnlyList<int> TargetHeads { get; set; } = [];

    public List<ActorMention> Targets { get; set; } = [];

    public string RecipientWhy { get; set; } = string.Empty;

    /// <summary>A passive with no doer named ("missiles were sent to North Korea"): another mention of the act it restates.</summary>
    public bool Agentless { get; set; }

    /// <summary>Violence by a doer named only by its means ("a roadside bombing killed one soldier").</summary>
    public bool UnnamedDoer { get; set; }

    public ClaimContext Claim { get; set; } = ClaimContext.Asserted;

    /// <summary>The event's CAMEO code, once framing (intended, demanded, refused) and victim counts are applied.</summary>
    public CameoCode Cameo { get; set; }

    /// <summary>The code of the act back from the recipient ("[042:043]": the visited hosts the visit), if any.</summary>
    public CameoCode? ReverseCameo { get; set; }

    public string? CountWhy { get; set; }
}
