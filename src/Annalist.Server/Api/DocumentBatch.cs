using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Annalist.Input;
using Annalist.Server.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Annalist.Server.Api;

/// <summary>
/// The body of <c>POST /api/documents</c> as input records, in the CLI's JSON Lines record format
/// (<c>{"id","text","date","title","url","source","language"}</c>): one JSON object, a JSON array of
/// them, or <c>application/x-ndjson</c> with one per line. Every record is checked before anything is
/// coded or stored; one bad record refuses the whole request, naming it.
/// </summary>
public static class DocumentBatch
{
    public static IResult? TryRead(HttpRequest request, byte[] body, ServerLimits limits, out IReadOnlyList<InputRecord> records)
    {
        records = [];
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        List<string> raw;
        try
        {
            raw = mediaType switch
            {
                "application/json" => JsonRecords(body),
                "application/x-ndjson" or "application/jsonl" => LineRecords(body),
                _ => null!,
            };
        }
        catch (JsonException)
        {
            return Problems.BadRequest("The body is not valid JSON: send one document object, an array of them, or application/x-ndjson with one per line.");
        }
        catch (DecoderFallbackException)
        {
            return Problems.BadRequest("The body is not valid UTF-8.");
        }

        if (raw is null)
        {
            return Problems.UnsupportedMediaType("Send documents as application/json (an object or an array of {\"text\", \"date\", \"title\", \"url\", \"source\", \"id\"}) or application/x-ndjson.");
        }

        if (raw.Count == 0)
        {
            return Problems.BadRequest("The body holds no document.");
        }

        if (raw.Count > limits.MaxDocumentsPerRequest)
        {
            return Problems.TooLarge($"{raw.Count} documents in one request; send at most {limits.MaxDocumentsPerRequest} (Annalist:Limits:MaxDocumentsPerRequest).");
        }

        var reader = new InputReader();
        var read = new List<InputRecord>(raw.Count);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < raw.Count; i++)
        {
            var record = reader.ReadJsonRecord(raw[i], "doc-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw[i])))[..12]);
            if (record.Document is null)
            {
                errors[$"documents[{i}]"] = [.. record.Problems.Select(p => p.Message)];
            }
            else if (record.Document.Text.Length > limits.MaxTextLength)
            {
                errors[$"documents[{i}]"] = [$"text of {record.Document.Text.Length:N0} characters; at most {limits.MaxTextLength:N0} are accepted (Annalist:Limits:MaxTextLength)"];
            }

            read.Add(record);
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        records = read;
        return null;
    }

    private static List<string> JsonRecords(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select(e => e.GetRawText()).ToList()
            : [root.GetRawText()];
    }

    private static List<string> LineRecords(byte[] body) =>
        new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body)
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();
}
