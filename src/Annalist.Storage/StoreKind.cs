namespace Annalist.Storage;

/// <summary>The database behind an event store.</summary>
public enum StoreKind
{
    /// <summary>A single SQLite file (the default, <c>annalist.db</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL database named by a <c>postgres://</c> URL.</summary>
    Postgres,
}
