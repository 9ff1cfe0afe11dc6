namespace Annalist.Knowledge.Verbs;

/// <summary>
/// Words written joined to the verb by underscores in the original TABARI/PETRARCH format: <c>RECENTLY_*</c>
/// (right before it), <c>*_UPON</c> (right after it), <c>FAILED_TO_*</c>. They stand next to the verb, in order,
/// with nothing between: "called upon", not "called the meeting upon".
/// </summary>
public sealed record AdjacentElement(IReadOnlyList<PatternTerm> Words) : PatternElement
{
    public override string ToString() => string.Join('_', Words);
}
