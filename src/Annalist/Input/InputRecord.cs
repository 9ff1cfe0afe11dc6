using Annalist.Documents;

namespace Annalist.Input;

/// <summary>One record read from the input: a document (possibly with warnings) or, when it could not be read, only problems.</summary>
public sealed record InputRecord
{
    private InputRecord(Document? document, IReadOnlyList<InputProblem> problems)
    {
        Document = document;
        Problems = problems;
    }

    public Document? Document { get; }

    public IReadOnlyList<InputProblem> Problems { get; }

    public static InputRecord Read(Document document, IReadOnlyList<InputProblem>? warnings = null) => new(document, warnings ?? []);

    public static InputRecord Failed(SourceLocation location, string message) => new(null, [new InputProblem(location, message)]);
}
