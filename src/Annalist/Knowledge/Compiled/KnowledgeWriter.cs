using System.Text;

namespace Annalist.Knowledge.Compiled;

/// <summary>Writes the primitives of the compiled knowledge form; sources ("file:line") as an index into a file table plus a line.</summary>
internal sealed class KnowledgeWriter(Stream stream) : IDisposable
{
    private readonly BinaryWriter writer = new(stream, new UTF8Encoding(false), leaveOpen: true);
    private readonly Dictionary<string, int> files = new(StringComparer.Ordinal);

    public void Int(int value) => writer.Write7BitEncodedInt(value);

    public void Long(long value) => writer.Write7BitEncodedInt64(value);

    public void Bool(bool value) => writer.Write(value);

    public void Double(double value) => writer.Write(value);

    public void String(string value) => writer.Write(value);

    public void NullableString(string? value)
    {
        Bool(value is not null);
        if (value is not null)
        {
            String(value);
        }
    }

    public void Date(DateOnly? date) => Int(date?.DayNumber + 1 ?? 0);

    public void Strings(IReadOnlyList<string> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            String(value);
        }
    }

    public void Ints(int[] values)
    {
        Int(values.Length);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    public void List<T>(IReadOnlyList<T> items, Action<T> write)
    {
        Int(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    /// <summary>A "file:line" source: the file once in a table (by first use), then its index and the line.</summary>
    public void Source(string source)
    {
        var colon = source.LastIndexOf(':');
        var (file, line) = colon > 0 && int.TryParse(source.AsSpan(colon + 1), out var n) ? (source[..colon], n) : (source, 0);
        if (files.TryGetValue(file, out var index))
        {
            Int(index + 1);
        }
        else
        {
            files[file] = files.Count;
            Int(0);
            String(file);
        }

        Int(line);
    }

    public void Dispose() => writer.Dispose();
}
