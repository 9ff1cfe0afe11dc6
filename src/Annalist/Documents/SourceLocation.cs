namespace Annalist.Documents;

/// <summary>A place in the input: a file (or "-" for standard input) and optionally a 1-based line or record number.</summary>
public readonly record struct SourceLocation(string Path, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Path}:{line}" : Path;
}
