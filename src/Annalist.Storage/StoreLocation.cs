namespace Annalist.Storage;

/// <summary>
/// Where an event store lives: a SQLite file path, or a PostgreSQL database given as
/// <c>postgres://user:password@host:port/database</c> (also <c>postgresql://</c>, with optional
/// <c>?sslmode=…</c> and other Npgsql keywords as query parameters).
/// </summary>
public readonly record struct StoreLocation(StoreKind Kind, string Value)
{
    /// <summary>The store used when none is named: <c>annalist.db</c> in the current directory.</summary>
    public const string DefaultPath = "annalist.db";

    /// <summary>Reads a <c>--store</c> value; throws <see cref="StoreException"/> for an unreadable URL.</summary>
    public static StoreLocation Parse(string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? DefaultPath : text.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            _ = Postgres.PostgresUrl.ToConnectionString(value);
            return new StoreLocation(StoreKind.Postgres, value);
        }

        return new StoreLocation(StoreKind.Sqlite, value);
    }

    /// <summary>The location for messages: the file path, or the URL without its password.</summary>
    public override string ToString() => Kind == StoreKind.Postgres ? Postgres.PostgresUrl.Redact(Value) : Value;
}
