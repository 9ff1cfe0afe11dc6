using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>An answer with its status, media type and parsed JSON body.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Response)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>Asserts a problem+json answer with this status and no internals in it; returns the problem.</summary>
    public JsonElement Problem(HttpStatusCode status)
    {
        Assert.Equal(status, Status);
        Assert.Equal("application/problem+json", MediaType);
        var problem = Json;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Http.AssertNoInternals(Body);
        return problem;
    }
}

public static class Http
{
    public static async Task<Answer> SendAsync(this HttpClient client, HttpMethod method, string url, HttpContent? content = null, string? key = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }

    public static Task<Answer> FetchAsync(this HttpClient client, string url, string? key = null) => client.SendAsync(HttpMethod.Get, url, key: key);

    public static Task<Answer> PostJsonAsync(this HttpClient client, string url, string json, string? key = null, string? accept = null) =>
        client.SendAsync(HttpMethod.Post, url, new StringContent(json, Encoding.UTF8, "application/json"), key, accept);

    public static string Json(object value) => JsonSerializer.Serialize(value);

    /// <summary>No stack frame, exception type, file path or connection detail in an answer.</summary>
    public static void AssertNoInternals(string body)
    {
        foreach (var telltale in new[] { "   at ", "Exception", "/work/", "/tmp/", ".cs:line", "Host=", "Password", "postgres://", "annalist.db", ".db" })
        {
            Assert.DoesNotContain(telltale, body, StringComparison.Ordinal);
        }
    }
}
