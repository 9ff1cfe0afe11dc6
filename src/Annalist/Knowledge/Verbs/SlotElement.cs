namespace Annalist.Knowledge.Verbs;

/// <summary>An actor marker in a pattern (<c>$ + % ^</c>).</summary>
public sealed record SlotElement(PatternSlot Slot) : PatternElement
{
    public override string ToString() => Slot switch
    {
        PatternSlot.Source => "$",
        PatternSlot.Target => "+",
        PatternSlot.Compound => "%",
        _ => "^",
    };
}
