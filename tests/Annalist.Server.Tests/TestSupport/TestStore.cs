using Annalist.Storage.Postgres;
using Npgsql;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// A fresh store filled with the <see cref="Scenario"/> for one test class: a SQLite file in a scratch
/// directory, or a database of its own on the PostgreSQL server named by ANNALIST_TEST_POSTGRES
/// (scripts/test.sh starts one; without it the PostgreSQL tests skip, saying why). Removed afterwards.
/// </summary>
public abstract class TestStore : IAsyncLifetime
{
    public const string PostgresVariable = "ANNALIST_TEST_POSTGRES";

    /// <summary>Where the server finds the store (a path or a postgres:// URL).</summary>
    public string Location { get; protected set; } = string.Empty;

    /// <summary>Why this kind of store cannot be tested here, or null.</summary>
    public virtual string? SkipReason => null;

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    /// <summary>A second, empty store of the same kind (for ingest tests that count what they add).</summary>
    public abstract Task<string> CreateEmptyAsync();

    public sealed class Sqlite : TestStore
    {
        /// <summary>What fills the store instead of the <see cref="Scenario"/>, or null.</summary>
        public Func<string, Task>? Populate { get; init; }

        private readonly string directory = Path.Combine(Path.GetTempPath(), "annalist-server-test-" + Guid.NewGuid().ToString("N"));

        public override async Task InitializeAsync()
        {
            Directory.CreateDirectory(directory);
            Location = Path.Combine(directory, "scenario.db");
            await (Populate ?? Scenario.PopulateAsync)(Location);
        }

        public override Task<string> CreateEmptyAsync() => Task.FromResult(Path.Combine(directory, Guid.NewGuid().ToString("N") + ".db"));

        public override Task DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }

            return Task.CompletedTask;
        }
    }

    public sealed class Postgres : TestStore
    {
        private readonly string? server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } url ? url : null;
        private readonly List<string> databases = [];

        public override string? SkipReason => server is null
            ? $"PostgreSQL API tests need a server: set {PostgresVariable}=postgres://user@host:port/db (scripts/test.sh starts one through scripts/setup.d/postgresql.sh)"
            : null;

        public override async Task InitializeAsync()
        {
            if (server is null)
            {
                return;
            }

            Location = await CreateEmptyAsync();
            await Scenario.PopulateAsync(Location);
        }

        public override async Task<string> CreateEmptyAsync()
        {
            var name = $"annalist_server_test_{Guid.NewGuid():N}";
            await using (var connection = await OpenAdminAsync())
            await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            databases.Add(name);
            var uri = new Uri(server!);
            return $"{uri.Scheme}://{uri.UserInfo}{(uri.UserInfo.Length > 0 ? "@" : string.Empty)}{uri.Host}:{(uri.IsDefaultPort ? 5432 : uri.Port)}/{name}{uri.Query}";
        }

        public override async Task DisposeAsync()
        {
            if (server is null || databases.Count == 0)
            {
                return;
            }

            NpgsqlConnection.ClearAllPools();
            await using var connection = await OpenAdminAsync();
            foreach (var database in databases)
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }

        private async Task<NpgsqlConnection> OpenAdminAsync()
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(server!)) { Pooling = false };
            var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            return connection;
        }
    }
}
