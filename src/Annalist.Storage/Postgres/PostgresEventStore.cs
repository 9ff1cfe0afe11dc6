using System.Data.Common;
using Annalist.Storage.Documents;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;
using Annalist.Storage.Sql;
using Npgsql;

namespace Annalist.Storage.Postgres;

/// <summary>
/// The store in a PostgreSQL database: the same tables and SQL as SQLite, writers (any number, in
/// any processes) kept apart by transaction-scoped advisory locks on what each batch touches, full text through a generated tsvector. Opening for writing
/// creates the database when the server has none of that name.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    /// <summary>The advisory lock key every Annalist writer takes shared for the length of a batch, and a migration exclusively.</summary>
    private const long WriteLockKey = 0x416E6E61_6C697374;

    private readonly NpgsqlDataSource dataSource;

    private PostgresEventStore(StoreLocation location, MergeRule mergeRule, NpgsqlDataSource dataSource)
        : base(location, mergeRule)
    {
        this.dataSource = dataSource;
    }

    protected override string? FullTextInsertSql => null;

    /// <summary>
    /// One field of the place JSON as text (numbers included; the readers convert), from the stored columns
    /// of schema 6 (place_name, place_country, ...), parsed once when the row is written rather than on
    /// every query: grouping the places of 300,000 events parsed each event's JSON before.
    /// </summary>
    protected override string PlaceField(string field) => $"e.place_{field.ToLowerInvariant()}";

    public static async Task<PostgresEventStore> OpenAsync(StoreLocation location, StoreOpenMode mode, MergeRule mergeRule, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(location.Value))
        {
            MaxAutoPrepare = 32,
            AutoPrepareMinUsages = 2,
        };
        if (mode == StoreOpenMode.CreateOrMigrate)
        {
            await EnsureDatabaseAsync(builder, location, cancellationToken).ConfigureAwait(false);
        }

        var sourceBuilder = new NpgsqlDataSourceBuilder(builder.ConnectionString);

        // The store uses only built-in types (text, integers, double, bytea): skipping the
        // type-catalogue load saves a round trip on every command's first connection.
        sourceBuilder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        var dataSource = sourceBuilder.Build();
        var store = new PostgresEventStore(location, mergeRule, dataSource);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await SchemaMigrator.MigrateAsync(connection, PostgresMigrations.All, mode, location.ToString(), $"SELECT pg_advisory_xact_lock({WriteLockKey})", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException)
        {
            throw new StoreException($"cannot connect to the store {Location}: {ex.Message}", ex);
        }
    }

    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyList<IngestDocument> batch, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Shared: writers run side by side, and a migration (which takes the key exclusively) waits for them all.
        // Then the batch's own keys, in ascending order (unnest keeps the array's order), so two writers
        // that share keys wait for each other and never deadlock.
        await using var take = connection.Command(
            $"SELECT pg_advisory_xact_lock_shared({WriteLockKey}); SELECT pg_advisory_xact_lock(k) FROM unnest(@keys) AS k",
            transaction);
        take.Set("@keys", IngestWriter.LockKeys(batch, MergeRule));
        await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return transaction;
    }

    protected override string FullTextDocuments(TextQuery query, DbCommand command)
    {
        var index = 0;
        string Phrase(string phrase)
        {
            var name = $"@tq{index++}";
            command.Set(name, phrase);
            return $"phraseto_tsquery('english', {name})";
        }

        var parts = query.Required.Select(clause => "(" + string.Join(" || ", clause.Select(Phrase)) + ")").ToList();
        parts.AddRange(query.Excluded.Select(phrase => "!!" + Phrase(phrase)));
        return $"SELECT id FROM documents WHERE tsv @@ ({string.Join(" && ", parts)})";
    }

    protected override Task<int> SchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SchemaMigrator.CurrentVersionAsync(connection, cancellationToken);

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static async Task EnsureDatabaseAsync(NpgsqlConnectionStringBuilder builder, StoreLocation location, CancellationToken cancellationToken)
    {
        var database = builder.Database ?? "postgres";
        var maintenance = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var exists = connection.Command("SELECT COUNT(*) FROM pg_database WHERE datname = @name");
            if (await exists.Set("@name", database).ScalarInt64Async(cancellationToken).ConfigureAwait(false) == 0)
            {
                await using var create = connection.Command($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == "42P04")
        {
            // Created by another process in the meantime.
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException)
        {
            throw new StoreException($"cannot connect to the store {location}: {ex.Message}", ex);
        }
    }
}
