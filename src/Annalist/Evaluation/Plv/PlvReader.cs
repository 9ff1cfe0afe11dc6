using System.Text;

namespace Annalist.Evaluation.Plv;

/// <summary>
/// Reads PLV_train.tsv (tab-separated, header, columns sentence_id, marked_sentence and gold_root among
/// others). A line without a marked source or a gold root is reported, not read.
/// </summary>
public static class PlvReader
{
    public static IReadOnlyList<PlvRecord> Read(string path, ICollection<string>? problems = null)
    {
        var records = new List<PlvRecord>();
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InvalidDataException($"{path}: empty file");
        }

        var header = lines.Current.Split('\t');
        var id = Array.IndexOf(header, "sentence_id");
        var marked = Array.IndexOf(header, "marked_sentence");
        var gold = Array.IndexOf(header, "gold_root");
        if (id < 0 || marked < 0 || gold < 0)
        {
            throw new InvalidDataException($"{path}:1: the header lacks sentence_id, marked_sentence or gold_root");
        }

        var number = 1;
        while (lines.MoveNext())
        {
            number++;
            var fields = lines.Current.Split('\t');
            if (fields.Length <= Math.Max(id, Math.Max(marked, gold)))
            {
                problems?.Add($"{path}:{number}: {fields.Length} columns, expected {header.Length}");
                continue;
            }

            var (text, sources, targets) = Parse(fields[marked]);
            if (sources.Count == 0 || fields[gold].Length == 0)
            {
                problems?.Add($"{path}:{number}: sentence {fields[id]} has no marked source (<s>...</s>) or no gold root");
                continue;
            }

            records.Add(new PlvRecord(fields[id], text, sources[^1], Last(targets), fields[gold]) { Sources = sources, Targets = targets });
        }

        return records;
    }

    /// <summary>The text without its &lt;s&gt;, &lt;/s&gt;, &lt;t&gt;, &lt;/t&gt; marks, and the last marked spans' offsets in it (as scripts/train/train_events.py unmark does).</summary>
    public static (string Text, (int, int)? Source, (int, int)? Target) Unmark(string marked)
    {
        var (text, sources, targets) = Parse(marked);
        return (text, Last(sources), Last(targets));
    }

    /// <summary>The offsets, in the unmarked text, of every marked source and every marked target (a party the sentence names twice is marked twice).</summary>
    public static (IReadOnlyList<(int Start, int End)> Sources, IReadOnlyList<(int Start, int End)> Targets) MarkedSpans(string marked)
    {
        var (_, sources, targets) = Parse(marked);
        return (sources, targets);
    }

    /// <summary>The unmarked text and the offsets of every marked source and target, in order.</summary>
    private static (string Text, List<(int Start, int End)> Sources, List<(int Start, int End)> Targets) Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var sources = new List<(int, int)>();
        var targets = new List<(int, int)>();
        int sourceStart = -1, targetStart = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '<' && Tag(marked, i) is { } tag)
            {
                switch (tag)
                {
                    case "<s>": sourceStart = text.Length; break;
                    case "<t>": targetStart = text.Length; break;
                    case "</s>" when sourceStart >= 0: sources.Add((sourceStart, text.Length)); break;
                    case "</t>" when targetStart >= 0: targets.Add((targetStart, text.Length)); break;
                }

                i += tag.Length - 1;
                continue;
            }

            text.Append(marked[i]);
        }

        return (text.ToString(), sources, targets);
    }

    private static (int, int)? Last(List<(int Start, int End)> spans) => spans.Count == 0 ? null : spans[^1];

    private static string? Tag(string s, int at)
    {
        foreach (var tag in (ReadOnlySpan<string>)["<s>", "</s>", "<t>", "</t>"])
        {
            if (string.CompareOrdinal(s, at, tag, 0, tag.Length) == 0)
            {
                return tag;
            }
        }

        return null;
    }
}
