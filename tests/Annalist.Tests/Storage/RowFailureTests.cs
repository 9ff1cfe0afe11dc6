using Annalist.Storage;
using Annalist.Storage.Documents;
using Annalist.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using static Annalist.Tests.Storage.Reports;

namespace Annalist.Tests.Storage;

/// <summary>A row the database refuses fails alone (issue 18): the batch is written again one document at a time.</summary>
public sealed class RowFailureTests
{
    [Fact]
    public async Task A_document_the_database_refuses_fails_alone_named_by_id_and_later_batches_are_stored()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "poisoned.db");
        await using (var store = await EventStore.OpenAsync(path))
        {
            // A trigger stands for any refusal the checks before writing do not foresee (a constraint, a value the database rejects).
            await using (var connection = new SqliteConnection($"Data Source={path}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "CREATE TRIGGER poison BEFORE INSERT ON documents WHEN NEW.title = 'poison' BEGIN SELECT RAISE(ABORT, 'poisoned row'); END";
                await command.ExecuteNonQueryAsync();
            }

            var poisoned = Document("p", "China met Japan.", "Kyodo", null, "2024-11-22") with { Metadata = new() { Id = "p", Title = "poison" } };
            var outcomes = await store.IngestAsync([
                Document("a", "Russia supplied missiles to North Korea.", "Yonhap", null, "2024-11-22"),
                poisoned,
                Document("b", "Japan criticised China.", "Kyodo", null, "2024-11-22"),
            ]);
            Assert.Equal([IngestStatus.Stored, IngestStatus.Failed, IngestStatus.Stored], outcomes.Select(o => o.Status));
            Assert.Contains("poisoned row", outcomes[1].Error, StringComparison.Ordinal);
            Assert.Equal(IngestStatus.Stored, Assert.Single(await store.IngestAsync([Document("c", "Iran condemned Israel.", null, null, "2024-11-22")])).Status);
            Assert.Equal(3, (await store.GetStatisticsAsync()).Documents);
        }

        SqliteConnection.ClearAllPools();
    }
}
