using Annalist.Storage;
using Annalist.Storage.Merging;
using Npgsql;

namespace Annalist.Tests.Storage;

/// <summary>
/// Fresh PostgreSQL stores, one database each, on the server named by ANNALIST_TEST_POSTGRES
/// (scripts/test.sh starts one through scripts/setup.d/postgresql.sh); the databases are dropped
/// after the test class. Without the variable the PostgreSQL tests skip, saying so.
/// </summary>
public sealed class PostgresTestStores : ITestStores, IAsyncLifetime
{
    public const string Variable = "ANNALIST_TEST_POSTGRES";

    private readonly List<string> databases = [];
    private readonly string? server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    public string? SkipReason => server is null
        ? $"PostgreSQL store tests need a server: set {Variable}=postgres://user@host:port/db (scripts/test.sh starts one with scripts/setup.d/postgresql.sh)"
        : null;

    public async Task<IEventStore> CreateAsync(MergeRule? rule = null)
    {
        var name = $"annalist_test_{Guid.NewGuid():N}";
        lock (databases)
        {
            databases.Add(name);
        }

        return await EventStore.OpenAsync(UrlFor(name), StoreOpenMode.CreateOrMigrate, rule);
    }

    public string UrlFor(string database)
    {
        var uri = new Uri(server!);
        return $"{uri.Scheme}://{uri.UserInfo}{(uri.UserInfo.Length > 0 ? "@" : string.Empty)}{uri.Host}:{(uri.IsDefaultPort ? 5432 : uri.Port)}/{database}{uri.Query}";
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server is null || databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var builder = new NpgsqlConnectionStringBuilder(Annalist.Storage.Postgres.PostgresUrl.ToConnectionString(server)) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        foreach (var database in databases)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
