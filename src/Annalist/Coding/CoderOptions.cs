namespace Annalist.Coding;

/// <summary>Settings of the event coder. The defaults are what a careful analyst expects.</summary>
public sealed record CoderOptions
{
    public static CoderOptions Default { get; } = new();

    /// <summary>Emit only events with both an actor and a recipient (PETRARCH's require_dyad); one-sided readings are dropped.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>Merge mentions of the same event within an article (headline and body).</summary>
    public bool MergeMentions { get; init; } = true;

    /// <summary>
    /// Keep events whose CAMEO code has no PLOVER event type (statements, 01x, or a dictionary's own
    /// codes such as the PETRARCH validation suite's); their event type is empty. Off by default: a
    /// record without a PLOVER type is not an event in PLOVER's sense.
    /// </summary>
    public bool KeepEventsWithoutPloverType { get; init; }

    /// <summary>
    /// Give one-sided domestic events the recipient event-data conventions assume (ICEWS, the PLOVER gold
    /// records): a protest with no named target addresses the government of the country where it happens
    /// (else of the protesters' country); coercion with none falls on that country; violence with none on
    /// the country of its place; easing restrictions (a curfew, a state of emergency) or meeting demands for
    /// reform with none relieves the country where it happens (else the actor's own). The recipient's text is empty and its entry says it was implied.
    /// </summary>
    public bool ImplyDomesticTargets { get; init; } = true;

    /// <summary>
    /// Give promised, demanded and refused acts their derived CAMEO codes (03x intent, 13x threat, 10x
    /// demand, 12x rejection). Off for the PETRARCH validation suite, whose dictionary codes the verb as written.
    /// </summary>
    public bool DeriveFramedCodes { get; init; } = true;

    /// <summary>
    /// Open actors: an argument no dictionary names is still a party when its head is a proper name or names people or
    /// an organisation (<see cref="Actors.OpenActors"/>), kept as kind unresolved with its text. Off for the PETRARCH
    /// validation suite, whose records code only dictionary actors.
    /// </summary>
    public bool OpenActors { get; init; } = true;

    /// <summary>Code statements that criticise a named actor ("X said Y's policy is hostile") as ACCUSE events.</summary>
    public bool CodeCriticalStatements { get; init; } = true;
}
