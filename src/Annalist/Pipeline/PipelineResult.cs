using Annalist.Documents;
using Annalist.Input;

namespace Annalist.Pipeline;

/// <summary>The outcome for one input record: the annotated document (null when it failed) and every problem met.</summary>
public sealed record PipelineResult(InputRecord Input, Document? Document, IReadOnlyList<InputProblem> Problems)
{
    public bool Failed => Document is null;

    /// <summary>All problems to report: input problems plus the document's own warnings, located at its origin.</summary>
    public IEnumerable<InputProblem> AllProblems()
    {
        foreach (var problem in Problems)
        {
            yield return problem;
        }

        if (Document is null)
        {
            yield break;
        }

        var origin = Document.Metadata.Origin ?? new SourceLocation(Document.Metadata.Id);
        foreach (var problem in Document.Problems)
        {
            yield return new InputProblem(origin, $"{problem.Stage}: {problem.Message}", problem.Severity);
        }
    }
}
