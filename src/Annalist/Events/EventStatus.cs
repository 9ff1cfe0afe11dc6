namespace Annalist.Events;

/// <summary>The epistemic status of an event as the article presents it.</summary>
public enum EventStatus
{
    /// <summary>Stated in the article's own voice, or by a source reported without doubt.</summary>
    Asserted,

    /// <summary>Claimed or accused by someone ("X accused Y of Z": Z is alleged, claimed by X).</summary>
    Alleged,

    /// <summary>Denied by someone.</summary>
    Denied,

    /// <summary>Possible only ("could", "may").</summary>
    Hypothetical,

    /// <summary>Depends on a condition ("in the event of an attack", "if ...").</summary>
    Conditional,

    /// <summary>Stated not to have happened ("did not attack").</summary>
    Negated,

    /// <summary>Future, promised or planned ("will", "plans to", "promised to").</summary>
    Intended,
}
