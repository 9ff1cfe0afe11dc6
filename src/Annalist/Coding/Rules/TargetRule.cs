namespace Annalist.Coding.Rules;

/// <summary>
/// One row of <c>data/coding/targets.tsv</c>: a step of the ordered cascade that finds whom an event is aimed at
/// when its reading names no target slot. Either a dependency pattern (conditions on the predicate, paths from it,
/// an acceptance test on what the paths reach) or a named strategy the coder implements in C#
/// (<c>builtin:NAME</c>). Each row carries an example sentence of its own and the event it must give.
/// </summary>
public sealed record TargetRule(
    int Order,
    string Id,
    IReadOnlyList<PatternCondition> Conditions,
    IReadOnlyList<DependencyPath> Paths,
    TargetAcceptance Accept,
    TargetStrategy? Builtin,
    string Example,
    string Expect,
    string Reason,
    RuleRow Row)
{
    /// <summary>The rule's id as records name it: <c>targets.tsv:objects</c>.</summary>
    public string Name => $"{RulePackReader.TargetsFile}:{Id}";
}

/// <summary>What the heads a path reaches must denote for the rule to give them as targets.</summary>
public enum TargetAcceptance
{
    /// <summary>At least one names an actor with a country or an organisation (not a bare role).</summary>
    Named,

    /// <summary>At least one is any actor, bare roles included.</summary>
    Actor,

    /// <summary>Only heads whose covering mention is a named actor are kept, and there must be one.</summary>
    NamedCover,

    /// <summary>At least one is any actor that is not the predicate's own subject ("warned it would retaliate" warns no one).</summary>
    OtherActor,
}
