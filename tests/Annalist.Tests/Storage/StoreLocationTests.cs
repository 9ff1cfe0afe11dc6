using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Storage.Postgres;
using Npgsql;

namespace Annalist.Tests.Storage;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData(null, StoreKind.Sqlite, "annalist.db")]
    [InlineData("events.db", StoreKind.Sqlite, "events.db")]
    [InlineData("postgres://ann:s3cr%40t@db.local:5433/events?sslmode=disable", StoreKind.Postgres, "postgres://ann:***@db.local:5433/events?sslmode=disable")]
    [InlineData("postgresql://ann@localhost/events", StoreKind.Postgres, "postgresql://ann@localhost/events")]
    public void Store_values_name_a_file_or_a_postgres_url_shown_without_password(string? value, StoreKind kind, string shown)
    {
        var location = StoreLocation.Parse(value);
        Assert.Equal((kind, shown), (location.Kind, location.ToString()));
    }

    [Fact]
    public void A_postgres_url_becomes_an_npgsql_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString("postgres://ann:s3cr%40t@db.local:5433/events?sslmode=disable&Timeout=5"));
        Assert.Equal(("db.local", 5433, "events", "ann", "s3cr@t", SslMode.Disable, 5), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode, builder.Timeout));
        Assert.Throws<StoreException>(() => PostgresUrl.ToConnectionString("postgres:///nohost"));
        Assert.Throws<StoreException>(() => PostgresUrl.ToConnectionString("postgres://h/db?NoSuchKeyword=1"));
    }

    [Theory]
    [InlineData("https://www.Example.com/news/1/?utm_source=rss&id=7#top", "example.com/news/1?id=7")]
    [InlineData("http://example.com:8080/a", "example.com:8080/a")]
    [InlineData("https://example.com/", "example.com")]
    [InlineData("urn:uuid:1234", "urn:uuid:1234")]
    [InlineData("  ", null)]
    public void Urls_are_compared_without_tracking_noise(string url, string? key) =>
        Assert.Equal(key, DocumentFingerprint.UrlKey(url));

    [Fact]
    public void Text_hashes_ignore_case_and_spacing_but_not_words()
    {
        var hash = DocumentFingerprint.TextHash("Russia supplied missiles.");
        Assert.Equal(hash, DocumentFingerprint.TextHash("  RUSSIA\nsupplied\u200B   missiles. "));
        Assert.NotEqual(hash, DocumentFingerprint.TextHash("Russia supplied rockets."));
        Assert.Equal(64, hash.Length);
    }

    [Theory]
    [InlineData("Reuters", null, "reuters")]
    [InlineData(null, "https://www.bbc.co.uk/news/1", "bbc.co.uk")]
    [InlineData(null, null, "(unknown)")]
    public void The_outlet_is_the_source_else_the_host(string? source, string? url, string outlet) =>
        Assert.Equal(outlet, DocumentFingerprint.Outlet(source, url));
}
