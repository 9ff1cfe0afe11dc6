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

            if (Unmark(fields[marked]) is not { Source: { } source } parsed || fields[gold].Length == 0)
            {
                problems?.Add($"{path}:{number}: sentence {fields[id]} has no marked source (<s>...</s>) or no gold root");
                continue;
            }

            var (sources, targets) = MarkedSpans(fields[marked]);
            records.Add(new PlvRecord(fields[id], parsed.Text, source, parsed.Target, fields[gold]) { Sources = sources, Targets = targets });
        }

        return records;
    }

    /// <summary>The text without its &lt;s&gt;, &lt;/s&gt;, &lt;t&gt;, &lt;/t&gt; marks, and the marked spans' offsets in it (as scripts/train/train_events.py unmark does).</summary>
    public static (string Text, (int, int)? Source, (int, int)? Target) Unmark(string marked)
    {
        var text = new StringBuilder(marked.Length);
        int sourceStart = -1, targetStart = -1;
        (int, int)? source = null, target = null;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '<' && Tag(marked, i) is { } tag)
            {
                switch (tag)
                {
                    case "<s>": sourceStart = text.Length; break;
                    case "<t>": targetStart = text.Length; break;
                    case "</s>" when sourceStart >= 0: source = (sourceStart, text.Length); break;
                    case "</t>" when targetStart >= 0: target = (targetStart, text.Length); break;
                }

                i += tag.Length - 1;
                continue;
            }

            text.Append(marked[i]);
        }

        return (text.ToString(), source, target);
    }

    /// <summary>The offsets, in the unmarked text, of every marked source and every marked target (a party the sentence names twice is marked twice).</summary>
    public static (IReadOnlyList<(int Start, int End)> Sources, IReadOnlyList<(int Start, int End)> Targets) MarkedSpans(string marked)
    {
        var sources = new List<(int, int)>();
        var targets = new List<(int, int)>();
        var length = 0;
        int sourceStart = -1, targetStart = -1;
        for (var i = 0; i < marked.Length; i++)
        {
            if (marked[i] == '<' && Tag(marked, i) is { } tag)
            {
                switch (tag)
                {
                    case "<s>": sourceStart = length; break;
                    case "<t>": targetStart = length; break;
                    case "</s>" when sourceStart >= 0: sources.Add((sourceStart, length)); break;
                    case "</t>" when targetStart >= 0: targets.Add((targetStart, length)); break;
                }

                i += tag.Length - 1;
                continue;
            }

            length++;
        }

        return (sources, targets);
    }

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
