using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Storage.Documents;

/// <summary>
/// One coded document as the store takes it: metadata, original text, sentence offsets and the
/// coder's events (the <see cref="DocumentEvents"/> layer; none when the pipeline has no coder).
/// </summary>
public sealed record IngestDocument
{
    public required DocumentMetadata Metadata { get; init; }

    public required string Text { get; init; }

    public required DocumentKey Key { get; init; }

    /// <summary>Character ranges of the sentences, in order.</summary>
    public IReadOnlyList<TextRange> Sentences { get; init; } = [];

    public IReadOnlyList<CodedEvent> Events { get; init; } = [];

    /// <summary>Who published it, for <c>source_count</c> (see <see cref="DocumentFingerprint.Outlet"/>).</summary>
    public string Outlet => DocumentFingerprint.Outlet(Metadata.Source, Metadata.Url);

    /// <summary>Takes an annotated document and the events the coding stage attached to it.</summary>
    public static IngestDocument From(Document document) => new()
    {
        Metadata = document.Metadata,
        Text = document.Text,
        Key = DocumentKey.Of(document),
        Sentences = document.Sentences.Select(s => s.Range).ToList(),
        Events = document.GetExtension<DocumentEvents>()?.Events ?? [],
    };
}
