using System.Data.Common;
using Annalist.Storage.Documents;
using Annalist.Storage.Merging;
using Annalist.Storage.Query;
using Annalist.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace Annalist.Storage.Sqlite;

/// <summary>
/// The default store: one SQLite file in WAL mode (readers never wait for the writer; a committed
/// batch survives the process being killed), versioned migrations, FTS5 over document text.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    /// <summary>Physical connections (pooled and reused) whose per-connection settings are already made.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];

    private readonly string connectionString;

    private SqliteEventStore(StoreLocation location, MergeRule mergeRule, string connectionString)
        : base(location, mergeRule)
    {
        this.connectionString = connectionString;
    }

    protected override string? FullTextInsertSql => "INSERT INTO documents_fts (rowid, title, text) VALUES (@id, @title, @text)";

    public static async Task<SqliteEventStore> OpenAsync(StoreLocation location, StoreOpenMode mode, MergeRule mergeRule, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(location.Value);
        if (mode == StoreOpenMode.Existing && !File.Exists(path))
        {
            throw new StoreException($"no store at {location.Value} (run 'annalist ingest' first, or name one with --store)");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode == StoreOpenMode.Existing ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 120,
        };
        var store = new SqliteEventStore(location, mergeRule, builder.ConnectionString);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (var wal = connection.Command("PRAGMA journal_mode = WAL"))
            {
                await wal.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await SchemaMigrator.MigrateAsync(connection, SqliteMigrations.All, mode, location.ToString(), lockSql: null, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"cannot open the store {location.Value}: {ex.Message}", ex);
        }

        return store;
    }

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (connection.Handle is { } handle && !Configured.TryGetValue(handle, out _))
        {
            // synchronous=NORMAL in WAL mode: a commit survives the process being killed (not a power cut), at a fraction of FULL's cost.
            await using var pragmas = connection.Command("PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 120000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 268435456");
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            Configured.AddOrUpdate(handle, handle);
        }

        return connection;
    }

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, IReadOnlyList<IngestDocument> batch, CancellationToken cancellationToken) =>
        // BEGIN IMMEDIATE (not deferred): takes the write lock now, so merging reads and writes see one consistent store.
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override string FullTextDocuments(TextQuery query, DbCommand command)
    {
        command.Set("@fts", query.ToFts5());
        return "SELECT rowid FROM documents_fts WHERE documents_fts MATCH @fts";
    }

    protected override Task<int> SchemaVersionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        SchemaMigrator.CurrentVersionAsync(connection, cancellationToken);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearPool(new SqliteConnection(connectionString));
        return ValueTask.CompletedTask;
    }
}
