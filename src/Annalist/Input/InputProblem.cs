using Annalist.Documents;

namespace Annalist.Input;

/// <summary>A problem with one input record, located by file and line or record number; printed as one line.</summary>
public sealed record InputProblem(SourceLocation Location, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public override string ToString() => $"{Location}: {(Severity == ProblemSeverity.Warning ? "warning: " : string.Empty)}{Message}";
}
