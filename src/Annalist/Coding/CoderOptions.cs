namespace Annalist.Coding;

/// <summary>Settings of the event coder. The defaults are what a careful analyst expects.</summary>
public sealed record CoderOptions
{
    public static CoderOptions Default { get; } = new();

    /// <summary>Emit only events with both an actor and a recipient (PETRARCH's require_dyad); one-sided readings are dropped.</summary>
    public bool RequireDyad { get; init; }

    /// <summary>Merge mentions of the same event within an article (headline and body).</summary>
    public bool MergeMentions { get; init; } = true;

    /// <summary>Code statements that criticise a named actor ("X said Y's policy is hostile") as ACCUSE events.</summary>
    public bool CodeCriticalStatements { get; init; } = true;
}
