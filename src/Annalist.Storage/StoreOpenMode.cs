namespace Annalist.Storage;

/// <summary>Whether opening a store may create it.</summary>
public enum StoreOpenMode
{
    /// <summary>Create the store (file, schema) when missing and apply pending migrations: for writers.</summary>
    CreateOrMigrate,

    /// <summary>The store must exist (for readers: a missing SQLite file is an error, not an empty store).</summary>
    Existing,
}
