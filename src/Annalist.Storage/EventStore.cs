using Annalist.Storage.Merging;
using Annalist.Storage.Postgres;
using Annalist.Storage.Sqlite;

namespace Annalist.Storage;

/// <summary>Opens the store at a location: a SQLite file or a PostgreSQL database.</summary>
public static class EventStore
{
    public static Task<IEventStore> OpenAsync(string? location, StoreOpenMode mode = StoreOpenMode.CreateOrMigrate, MergeRule? mergeRule = null, CancellationToken cancellationToken = default) =>
        OpenAsync(StoreLocation.Parse(location), mode, mergeRule, cancellationToken);

    public static async Task<IEventStore> OpenAsync(StoreLocation location, StoreOpenMode mode = StoreOpenMode.CreateOrMigrate, MergeRule? mergeRule = null, CancellationToken cancellationToken = default)
    {
        var rule = mergeRule ?? MergeRule.Default;
        return location.Kind switch
        {
            StoreKind.Postgres => await PostgresEventStore.OpenAsync(location, mode, rule, cancellationToken).ConfigureAwait(false),
            _ => await SqliteEventStore.OpenAsync(location, mode, rule, cancellationToken).ConfigureAwait(false),
        };
    }
}
