namespace Annalist.Documents;

/// <summary>A recoverable problem met while annotating a document; the document is still processed.</summary>
public sealed record DocumentProblem(ProblemSeverity Severity, string Stage, string Message, TextRange? Range = null);
