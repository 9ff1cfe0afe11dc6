namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A noun phrase of a pattern: <c>AID</c> (a head alone) or <c>{ARMS SHIPMENT}</c> (modifiers, then the head,
/// which is the word a dependency matcher looks for; the modifiers are its dependents).
/// </summary>
public sealed record NounElement(PatternTerm Head, IReadOnlyList<PatternTerm> Modifiers) : PatternElement
{
    public override string ToString() => Modifiers.Count == 0 ? Head.ToString() : "{" + string.Join(' ', Modifiers.Append(Head)) + "}";
}
