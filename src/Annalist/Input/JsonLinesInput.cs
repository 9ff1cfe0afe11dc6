using System.Globalization;
using System.Text.Json;
using Annalist.Documents;

namespace Annalist.Input;

/// <summary>
/// JSON Lines: one article per line, <c>{"id","text","date","title","url","source","language"}</c>;
/// only <c>text</c> is required, <c>date</c> is the publication date in ISO 8601.
/// </summary>
internal static class JsonLinesInput
{
    public static IEnumerable<InputRecord> Read(Stream stream, string path, string idPrefix, InputOptions options)
    {
        var reader = new ByteLineReader(stream, options.MaxArticleBytes);
        foreach (var line in reader.ReadLines())
        {
            var location = new SourceLocation(path, line.Number);
            if (line.TooLong)
            {
                yield return InputRecord.Failed(location, $"record longer than the {options.MaxArticleBytes:N0}-byte limit per article; skipped");
                continue;
            }

            if (IsBlank(line.Bytes))
            {
                continue;
            }

            var decoded = TextDecoding.DecodeUtf8(line.Bytes);
            if (decoded.Text is null)
            {
                yield return InputRecord.Failed(location, decoded.Error!);
                continue;
            }

            yield return ParseRecord(decoded.Text, location, $"{idPrefix}:{line.Number}", options);
        }
    }

    internal static InputRecord ParseRecord(string json, SourceLocation location, string fallbackId, InputOptions options)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return InputRecord.Failed(location, $"malformed JSON at byte {(ex.BytePositionInLine ?? 0) + 1} of the line: {Reason(ex.Message)}");
        }

        using (parsed)
        {
            try
            {
                return FromObject(parsed.RootElement, location, fallbackId, options);
            }
            catch (UnreadableFieldException ex)
            {
                return InputRecord.Failed(location, $"{ex.Message}; skipped");
            }
        }
    }

    private static InputRecord FromObject(JsonElement root, SourceLocation location, string fallbackId, InputOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return InputRecord.Failed(location, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}");
        }

        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
        {
            return InputRecord.Failed(location, "record has no \"text\" string");
        }

        var text = FieldText(textElement, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return InputRecord.Failed(location, "record has an empty \"text\"");
        }

        var warnings = new List<InputProblem>();
        var date = options.DefaultDate;
        var dateText = OptionalString(root, "date") ?? OptionalString(root, "publication_date");
        if (dateText is not null)
        {
            if (TryParseDate(dateText, out var parsedDate))
            {
                date = parsedDate;
            }
            else
            {
                warnings.Add(new InputProblem(location, $"unreadable date \"{dateText}\" (expected ISO 8601); {(date is null ? "no publication date" : $"using {date:yyyy-MM-dd}")}", ProblemSeverity.Warning));
            }
        }

        var metadata = new DocumentMetadata
        {
            Id = OptionalString(root, "id") ?? fallbackId,
            Title = OptionalString(root, "title"),
            Url = OptionalString(root, "url"),
            Source = OptionalString(root, "source"),
            Language = OptionalString(root, "language") ?? "en",
            PublicationDate = date,
            Origin = location,
        };
        return InputRecord.Read(new Document(text, metadata), warnings);
    }

    /// <summary>
    /// A string field as text. JSON may escape what is not text: an unpaired surrogate ("\ud800") has no
    /// UTF-8 form, and NUL ("\u0000") is binary data, refused in a .txt file too and not storable in
    /// PostgreSQL; either makes the record unreadable, named by its field.
    /// </summary>
    private static string FieldText(JsonElement value, string name)
    {
        string text;
        try
        {
            text = value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new UnreadableFieldException($"\"{name}\" holds an unpaired surrogate escape (such as \\ud800), which is not text");
        }

        if (text.Contains('\0'))
        {
            throw new UnreadableFieldException($"\"{name}\" holds a NUL character (\\u0000): binary data, not text");
        }

        return text;
    }

    /// <summary>ISO 8601 date or date-time ("2024-11-22", "2024-11-22T08:30:00Z"); the date part is kept.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && trimmed.Length >= 10 && trimmed[4] == '-')
        {
            date = DateOnly.FromDateTime(moment.DateTime);
            return true;
        }

        return false;
    }

    private static string? OptionalString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => FieldText(value, name) is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The parser's reason without its own position ("LineNumber: 0 | BytePositionInLine: 31."): it counts
    /// lines within the record, which contradicts the file line the location already names.
    /// </summary>
    private static string Reason(string message)
    {
        var newline = message.IndexOf('\n');
        var first = newline < 0 ? message : message[..newline];
        var position = first.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? first : first[..position]).Trim();
    }

    /// <summary>A field whose string is not text; the record is skipped with this message.</summary>
    private sealed class UnreadableFieldException(string message) : Exception(message);
}
