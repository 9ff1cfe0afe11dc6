namespace Annalist.Knowledge.Verbs;

/// <summary>The actor markers of a pattern.</summary>
public enum PatternSlot
{
    /// <summary><c>$</c>: the source actor is here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor is here.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor, both source and target (e.g. "X and Y agreed").</summary>
    Compound,

    /// <summary><c>^</c>: skip a noun phrase.</summary>
    Skip,
}
