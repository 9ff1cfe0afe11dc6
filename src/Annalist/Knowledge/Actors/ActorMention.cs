using Annalist.Documents;
using Annalist.Knowledge.Agents;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// An actor found in a sentence: its tokens and characters, the code that applies on the document's date,
/// its kind, and what produced it: a dictionary <see cref="Actor"/> entry, an <see cref="Agent"/> role composed
/// with a country ("South Korean national security director Shin Won-sik" is KOR + ~GOV), or both.
/// <see cref="Candidate"/> carries the entry name and file:line for the event record.
/// </summary>
public sealed record ActorMention(TokenRange Tokens, TextRange Range, ActorCandidate Candidate, ActorEntry? Actor, AgentEntry? Agent, ActorEntry? CountryEntry)
{
    public string Text => Candidate.Text;

    public ActorCode Code => Candidate.Code;

    public ActorKind Kind => Candidate.Kind;

    /// <summary>Whether this is a news outlet (a reporter of claims, never an actor of events).</summary>
    public bool IsMedia => Candidate.Kind == ActorKind.Media;
}
