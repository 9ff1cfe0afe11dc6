namespace Annalist.Server.Tests.TestSupport;

/// <summary>One scenario store and one in-memory server over it, shared by the tests of a class.</summary>
public abstract class ApiFixture(TestStore store) : IAsyncLifetime
{
    public const string Key = "test-key-0123456789abcdef";

    public TestStore Store => store;

    public string? SkipReason => store.SkipReason;

    public ServerFactory Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await store.InitializeAsync();
        if (store.SkipReason is null)
        {
            Server = new ServerFactory(store.Location, new Dictionary<string, string?> { ["Annalist:ApiKeys:0"] = Key });
            Client = Server.CreateClient();
        }
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        await store.DisposeAsync();
    }

    public sealed class Sqlite() : ApiFixture(new TestStore.Sqlite());

    public sealed class Postgres() : ApiFixture(new TestStore.Postgres());
}
