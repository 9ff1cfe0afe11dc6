using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Annalist.Documents;
using Annalist.Input;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Annalist.Server.Api;

/// <summary>
/// Turns a request body into one input record, read exactly as the CLI reads its inputs: a JSON body
/// is one JSON Lines record (<c>{"text","date","title","id","url","source"}</c>), a <c>text/plain</c>
/// body is one article as a .txt file is read (its first line the headline when it reads as one),
/// with <c>?date=</c> as its publication date. Without an id, the document is named after the hash of
/// the body, so the same request always gives the same document and event ids.
/// </summary>
public static class ArticleRequest
{
    public static IResult? TryRead(HttpRequest request, byte[] body, int maxTextLength, out InputRecord record)
    {
        record = null!;
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        var defaultDate = (DateOnly?)null;
        if (request.Query.TryGetValue("date", out var dateValues))
        {
            if (!DateOnly.TryParseExact(dateValues.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Problems.Invalid("date", "Expected the publication date as YYYY-MM-DD.");
            }

            defaultDate = date;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return Problems.BadRequest("The body is not valid UTF-8.");
        }

        var id = "text-" + Convert.ToHexStringLower(SHA256.HashData(body))[..12];
        var reader = new InputReader(InputOptions.Default with { DefaultDate = defaultDate });
        switch (mediaType)
        {
            case "application/json":
                record = reader.ReadJsonRecord(text, id);
                break;
            case "text/plain":
                if (string.IsNullOrWhiteSpace(text))
                {
                    return Problems.BadRequest("The body holds no text to code.");
                }

                record = reader.ReadText(text, id);
                break;
            default:
                return Problems.UnsupportedMediaType("Send the article as application/json ({\"text\": \"...\", \"date\": \"YYYY-MM-DD\", \"title\": \"...\"}) or as text/plain with ?date=YYYY-MM-DD.");
        }

        if (record.Document is not { } document)
        {
            return Problems.BadRequest(string.Join("; ", record.Problems.Select(p => p.Message)));
        }

        if (document.Text.Length > maxTextLength)
        {
            return Problems.TooLarge($"The text has {document.Text.Length:N0} characters; this server codes at most {maxTextLength:N0} per article (Annalist:Limits:MaxTextLength).");
        }

        return null;
    }
}
