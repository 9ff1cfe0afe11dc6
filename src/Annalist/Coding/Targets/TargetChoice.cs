namespace Annalist.Coding.Targets;

/// <summary>The heads a target rule found for an event, and the rule's name (<c>targets.tsv:complaint</c>), or none.</summary>
public sealed record TargetChoice(IReadOnlyList<int> Heads, string Rule)
{
    public static TargetChoice None { get; } = new([], string.Empty);
}
