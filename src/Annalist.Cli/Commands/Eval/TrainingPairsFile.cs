using Annalist.Documents;

namespace Annalist.Cli.Commands.Eval;

/// <summary>
/// The TSV of labelled pairs <c>scripts/train-events --pairs FILE</c> reads: a header, then one pair per line (id, label,
/// sentence text, source and target offsets in it). UTF-8 without a byte-order mark, "\n" line ends.
/// </summary>
internal sealed class TrainingPairsFile : IDisposable
{
    private readonly StreamWriter writer;

    public TrainingPairsFile(string path)
    {
        writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("id\tlabel\ttext\tsource_start\tsource_end\ttarget_start\ttarget_end");
    }

    /// <summary>The pairs written so far.</summary>
    public int Count { get; private set; }

    /// <summary>Whether a sentence can stand in a TSV field: no tab and no line break.</summary>
    public static bool Writable(string text) => !text.Contains('\t') && !text.Contains('\n');

    /// <summary>Writes one pair of a <see cref="Writable"/> sentence (no target: empty fields).</summary>
    public void Write(string id, string label, string text, TextRange source, TextRange? target)
    {
        writer.WriteLine($"{id}\t{label}\t{text}\t{source.Start}\t{source.End}\t{target?.Start}\t{target?.End}");
        Count++;
    }

    public void Dispose() => writer.Dispose();
}
