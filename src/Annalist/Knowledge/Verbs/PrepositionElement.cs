namespace Annalist.Knowledge.Verbs;

/// <summary>A prepositional phrase of a pattern: <c>(TO BORDER)</c>, <c>(WITH +)</c>, <c>(TO)</c> (the preposition alone).</summary>
public sealed record PrepositionElement(PatternTerm Preposition, IReadOnlyList<PatternElement> Objects) : PatternElement
{
    public override string ToString() => "(" + string.Join(' ', Objects.Select(o => o.ToString()).Prepend(Preposition.ToString())) + ")";
}
