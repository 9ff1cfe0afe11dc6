namespace Annalist.Coding.Rules;

/// <summary>Where a decision of the rule pack is written: file and line (<c>codes.tsv:12</c>), for error messages and explanations.</summary>
public readonly record struct RuleRow(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
