using System.Diagnostics;
using System.Globalization;

namespace Annalist.Cli.Ingest;

/// <summary>
/// What an ingest run has done so far; read by the progress display and the final summary. The
/// coding side and the writer task each update their own counters; a display may read slightly stale values.
/// </summary>
internal sealed class IngestCounters
{
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private int skippedBeforeCoding;

    /// <summary>Records that came out of the pipeline (coded or failed); skipped ones are counted apart.</summary>
    public int Coded { get; set; }

    public int Read => Coded + Volatile.Read(ref skippedBeforeCoding);

    public int Stored { get; set; }

    /// <summary>Duplicates found by the write transaction (e.g. twice in one input).</summary>
    public int DuplicatesInBatch { get; set; }

    public int AlreadyStored => DuplicatesInBatch + Volatile.Read(ref skippedBeforeCoding);

    public int Failed { get; set; }

    private long sentences;

    public long Sentences => Interlocked.Read(ref sentences);

    public int NewEvents { get; set; }

    public int MergedEvents { get; set; }

    public TimeSpan Elapsed => clock.Elapsed;

    /// <summary>A document found in the store before coding; called from the reading thread.</summary>
    public void SkippedBeforeCoding() => Interlocked.Increment(ref skippedBeforeCoding);

    public void AddSentences(int count) => Interlocked.Add(ref sentences, count);

    public string Line() => string.Create(CultureInfo.InvariantCulture,
        $"{Stored:N0} stored, {AlreadyStored:N0} already stored, {Failed:N0} failed; {NewEvents + MergedEvents:N0} events ({MergedEvents:N0} merged into earlier ones); {Rate():N0} docs/s");

    public string Summary(string store) => string.Create(CultureInfo.InvariantCulture,
        $"ingest: {Read:N0} record(s) read into {store}: {Stored:N0} stored, {AlreadyStored:N0} already stored (skipped), {Failed:N0} failed; " +
        $"{NewEvents + MergedEvents:N0} coded event(s): {NewEvents:N0} new, {MergedEvents:N0} merged into events of earlier articles; " +
        $"{Elapsed.TotalSeconds:F1} s, {Rate():N0} docs/s, {Sentences / Math.Max(0.001, Elapsed.TotalSeconds):N0} sentences/s");

    private double Rate() => (Stored + AlreadyStored) / Math.Max(0.001, Elapsed.TotalSeconds);
}
