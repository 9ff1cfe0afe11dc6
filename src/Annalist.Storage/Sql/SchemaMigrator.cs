using System.Data.Common;

namespace Annalist.Storage.Sql;

/// <summary>Applies pending migrations in order, each in its own transaction, and refuses a store whose schema is newer than this build knows.</summary>
internal static class SchemaMigrator
{
    public static async Task MigrateAsync(DbConnection connection, IReadOnlyList<Migration> migrations, StoreOpenMode mode, string where, string? lockSql, CancellationToken cancellationToken)
    {
        var known = migrations[^1].Version;
        if (mode == StoreOpenMode.Existing && !await HasTableAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            throw new StoreException($"{where} holds no Annalist store (run 'annalist ingest' first)");
        }

        await using (var create = connection.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
        if (current > known)
        {
            throw new StoreException($"the store {where} has schema version {current}, newer than this Annalist knows ({known}); upgrade Annalist");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (lockSql is not null)
            {
                await using var take = connection.Command(lockSql, transaction);
                await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var check = connection.Command("SELECT COUNT(*) FROM schema_migrations WHERE version = @version", transaction))
            {
                // Another process may have applied it while this one waited for the lock.
                if (await check.Set("@version", migration.Version).ScalarInt64Async(cancellationToken).ConfigureAwait(false) > 0)
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
            }

            foreach (var statement in migration.Statements)
            {
                await using var command = connection.Command(statement, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var record = connection.Command("INSERT INTO schema_migrations (version, description, applied_at) VALUES (@version, @description, @at)", transaction))
            {
                record.Set("@version", migration.Version).Set("@description", migration.Description).Set("@at", StoreText.Timestamp(DateTimeOffset.UtcNow));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
        return (int)await command.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> HasTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = connection.Command("SELECT COUNT(*) FROM schema_migrations");
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
