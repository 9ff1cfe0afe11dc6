namespace Annalist.Knowledge.Verbs;

/// <summary>
/// A pattern of a verb block: what must come before the verb (<see cref="Before"/>, the subject side) and
/// after it (<see cref="After"/>: objects and prepositional phrases), and the code it gives. <see cref="Id"/>
/// is stable (<c>CAMEO.2.0:SUPPLY#12</c>: dictionary, block, 1-based position in the block); <see cref="Source"/>
/// is file:line.
/// </summary>
public sealed record VerbPattern(string Id, string Block, VerbCode Code, IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, string Text, string Source, string? Comment)
{
    public override string ToString() => $"{Id} {Text} [{Code}]";
}
