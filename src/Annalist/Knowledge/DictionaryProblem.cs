namespace Annalist.Knowledge;

/// <summary>A line of a knowledge source that was skipped or only partly understood, with where it is.</summary>
public sealed record DictionaryProblem(string File, int Line, string Message, string Text)
{
    public override string ToString() => $"{File}:{Line}: {Message}: {Text}";
}
