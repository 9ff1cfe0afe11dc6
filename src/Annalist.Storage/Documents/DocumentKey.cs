namespace Annalist.Storage.Documents;

/// <summary>The identity of a document in the store: its URL key (null when it has none) and its text hash.</summary>
public readonly record struct DocumentKey(string? UrlKey, string TextHash)
{
    public static DocumentKey Of(Annalist.Documents.Document document) =>
        new(DocumentFingerprint.UrlKey(document.Metadata.Url), DocumentFingerprint.TextHash(document.NormalizedText));
}
