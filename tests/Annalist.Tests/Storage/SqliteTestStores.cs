using Annalist.Storage;
using Annalist.Storage.Merging;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Storage;

/// <summary>Fresh SQLite stores, one file each, in a scratch directory removed after the test class.</summary>
public sealed class SqliteTestStores : ITestStores, IDisposable
{
    private readonly TempDirectory directory = new();

    public string? SkipReason => null;

    public async Task<IEventStore> CreateAsync(MergeRule? rule = null) =>
        await EventStore.OpenAsync(Path.Combine(directory.Path, $"store-{Guid.NewGuid():N}.db"), StoreOpenMode.CreateOrMigrate, rule);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }
}
