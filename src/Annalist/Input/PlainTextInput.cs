using Annalist.Documents;

namespace Annalist.Input;

/// <summary>A .txt file is one article; its first line is the headline when it has no final punctuation.</summary>
internal static class PlainTextInput
{
    public static InputRecord Parse(string text, SourceLocation origin, string id, InputOptions options)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputRecord.Failed(origin, "empty file: no text to process");
        }

        var metadata = new DocumentMetadata
        {
            Id = id,
            Title = Headline(text),
            PublicationDate = options.DefaultDate,
            Origin = origin,
        };
        return InputRecord.Read(new Document(text, metadata));
    }

    /// <summary>The first non-blank line when it reads as a headline (no final sentence punctuation and not the whole text).</summary>
    internal static string? Headline(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && char.IsWhiteSpace(span[start]))
        {
            start++;
        }

        var newline = span[start..].IndexOf('\n');
        if (newline < 0)
        {
            return null;
        }

        var line = span.Slice(start, newline).Trim();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ':' or ';' or ',' || line.Length > 300)
        {
            return null;
        }

        return line.ToString();
    }
}
