namespace Annalist.Storage.Query;

/// <summary>A stored document as it was ingested: its full text (offsets of reports point into it), title, URL, outlet and date.</summary>
public sealed record StoredArticle(
    long StoreId,
    string DocumentId,
    string Text,
    string? Title,
    string? Url,
    string Outlet,
    DateOnly? PublicationDate,
    IReadOnlyList<Annalist.Documents.TextRange> Sentences);
