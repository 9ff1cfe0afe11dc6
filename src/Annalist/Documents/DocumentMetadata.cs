namespace Annalist.Documents;

/// <summary>What is known about a document apart from its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Stable identifier: given by the input, else derived from the file name and record number.</summary>
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    /// <summary>The outlet or provenance string as given by the input (e.g. "Reuters").</summary>
    public string? Source { get; init; }

    /// <summary>Publication date; relative dates in the text are resolved against it.</summary>
    public DateOnly? PublicationDate { get; init; }

    public string Language { get; init; } = "en";

    /// <summary>Where the document was read from (file and line), for messages; null for in-memory text.</summary>
    public SourceLocation? Origin { get; init; }
}
