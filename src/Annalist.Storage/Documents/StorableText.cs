namespace Annalist.Storage.Documents;

/// <summary>
/// What every store can hold: PostgreSQL refuses NUL (U+0000) in text and any store's UTF-8 has no form for
/// an unpaired surrogate. Both stores check a document the same way before writing it, so a document one
/// store cannot hold is refused by both, by id, and never reaches the database.
/// </summary>
public static class StorableText
{
    /// <summary>Why the document's text or metadata cannot be stored, or null when it can.</summary>
    public static string? Problem(IngestDocument document)
    {
        var metadata = document.Metadata;
        return Problem("text", document.Text)
            ?? Problem("id", metadata.Id)
            ?? Problem("title", metadata.Title)
            ?? Problem("url", metadata.Url)
            ?? Problem("source", metadata.Source)
            ?? Problem("language", metadata.Language);
    }

    private static string? Problem(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return $"its {field} holds a NUL character (U+0000) at {i}, which no store can hold";
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return $"its {field} holds an unpaired surrogate (U+{(int)c:X4}) at {i}, which is not text";
            }
        }

        return null;
    }
}
