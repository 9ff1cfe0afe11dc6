using System.Net;
using System.Text;
using Annalist.Server.Tests.TestSupport;

namespace Annalist.Server.Tests.Api;

/// <summary>
/// Requests that once killed the server or got a 500 (issue 18), with the real coder: the answer is 200
/// for text the coder must handle and 400 for a body that is not text; the server answers the next request.
/// </summary>
public sealed class HostileRequestTests(ApiFixture.Sqlite fixture, HostileRequestTests.RealCoderServer real)
    : IClassFixture<ApiFixture.Sqlite>, IClassFixture<HostileRequestTests.RealCoderServer>
{
    private HttpClient Client => real.Client;

    /// <summary>A server with the real coder on a store of its own, removed with its directory after the tests.</summary>
    public sealed class RealCoderServer : IAsyncLifetime
    {
        private readonly string directory = Path.Combine(Path.GetTempPath(), "annalist-hostile-" + Guid.NewGuid().ToString("N"));
        private ServerFactory? server;

        public HttpClient Client { get; private set; } = null!;

        public Task InitializeAsync()
        {
            Directory.CreateDirectory(directory);
            server = new ServerFactory(Path.Combine(directory, "store.db"), realCoder: true);
            Client = server.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            if (server is not null)
            {
                await server.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("{\"text\":\"Russia shelled Kyiv when attacking Ukraine, killing ten people in Kharkiv.\"}")]
    [InlineData("{\"text\":\"Russia attacked Ukraine yesterday.\",\"date\":\"0001-01-01\"}")]
    [InlineData("{\"text\":\"Russia will attack Ukraine next year.\",\"date\":\"9999-12-31\"}")]
    public async Task Text_that_once_crashed_the_coder_is_coded(string body)
    {
        var answer = await Client.PostJsonAsync("/api/code", body);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.True(answer.Json.GetProperty("events").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{\"text\":\"Russia \\ud800 attacked Ukraine.\"}", "unpaired surrogate")]
    [InlineData("{\"text\":\"Russia \\u0000 attacked Ukraine.\"}", "NUL")]
    [InlineData("{\"text\":\"Russia attacked Ukraine.\",\"title\":\"\\udc00\"}", "unpaired surrogate")]
    public async Task A_json_body_that_is_not_text_is_a_400_naming_why(string body, string reason)
    {
        var answer = await Client.PostJsonAsync("/api/code", body);
        Assert.Contains(reason, answer.Problem(HttpStatusCode.BadRequest).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Client.FetchAsync("/health")).Status);
    }

    [Fact]
    public async Task Nul_in_plain_text_is_a_400_too()
    {
        var answer = await Client.SendAsync(HttpMethod.Post, "/api/code?date=2024-11-22", new StringContent("Russia attacked\0 Ukraine.", Encoding.UTF8, "text/plain"));
        Assert.Contains("NUL", answer.Problem(HttpStatusCode.BadRequest).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_underscore_is_no_wildcard_in_an_actor_lookup()
    {
        var actors = (await fixture.Client.FetchAsync("/api/actors?q=_")).Json.GetProperty("actors");
        Assert.Equal(0, actors.GetArrayLength());
    }
}
