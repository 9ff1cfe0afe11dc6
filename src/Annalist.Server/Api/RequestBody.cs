using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Annalist.Server.Api;

/// <summary>
/// Reads a request body up to a byte limit, whatever the server in front of it enforces: a declared
/// or actual length over the limit is a 413 problem before anything is parsed.
/// </summary>
public static class RequestBody
{
    public static async Task<(byte[]? Bytes, IResult? Problem)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(limit, Math.Max(request.ContentLength ?? 4096, 256)));
        try
        {
            while (true)
            {
                var memory = buffer.GetMemory(8192);
                var read = await request.Body.ReadAsync(memory, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                buffer.Advance(read);
                if (buffer.WrittenCount > limit)
                {
                    return (null, TooLarge(limit));
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }

        return (buffer.WrittenSpan.ToArray(), null);
    }

    private static IResult TooLarge(long limit) =>
        Problems.TooLarge($"The request body is larger than this endpoint's limit of {limit:N0} bytes (Annalist:Limits).");
}
