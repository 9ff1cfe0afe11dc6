using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Storage.Documents;

namespace Annalist.Cli.Ingest;

/// <summary>
/// Learns what an <see cref="IngestRun"/> did with each record, so a caller that owes someone an
/// answer per record (the queue worker acknowledges each message) can give it at the right moment.
/// </summary>
internal interface IIngestObserver
{
    /// <summary>The store already held this record's document; it was not coded. Called on the pipeline's reading thread.</summary>
    void Skipped(InputRecord record);

    /// <summary>The record could not be read or coded; its problems are in the result.</summary>
    ValueTask FailedAsync(PipelineResult result);

    /// <summary>A batch is committed: <paramref name="outcomes"/> in the order of <paramref name="records"/>. Called on the writer task.</summary>
    ValueTask CommittedAsync(IReadOnlyList<InputRecord> records, IReadOnlyList<IngestOutcome> outcomes);
}
