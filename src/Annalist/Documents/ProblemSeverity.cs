namespace Annalist.Documents;

public enum ProblemSeverity
{
    /// <summary>The output is complete but degraded in a way the user should know about.</summary>
    Warning,

    /// <summary>Part of the document could not be processed.</summary>
    Error,
}
