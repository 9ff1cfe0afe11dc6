namespace Annalist.Tests.Storage;

/// <summary>The store tests on PostgreSQL (run wherever ANNALIST_TEST_POSTGRES names a server: always in CI).</summary>
public sealed class PostgresEventStoreTests(PostgresTestStores stores) : EventStoreContract(stores), IClassFixture<PostgresTestStores>;
