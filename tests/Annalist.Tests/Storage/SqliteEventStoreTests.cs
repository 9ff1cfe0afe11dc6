namespace Annalist.Tests.Storage;

/// <summary>The store tests on SQLite (always run).</summary>
public sealed class SqliteEventStoreTests(SqliteTestStores stores) : EventStoreContract(stores), IClassFixture<SqliteTestStores>;
