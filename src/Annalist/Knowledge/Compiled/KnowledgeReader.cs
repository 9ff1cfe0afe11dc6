using System.Runtime.InteropServices;
using System.Text;

namespace Annalist.Knowledge.Compiled;

/// <summary>Reads what <see cref="KnowledgeWriter"/> wrote, from a byte array.</summary>
internal sealed class KnowledgeReader(byte[] bytes)
{
    private readonly BinaryReader reader = new(new MemoryStream(bytes, writable: false), new UTF8Encoding(false));
    private readonly List<string> files = [];
    private readonly Dictionary<(int, int), string> sources = [];

    public int Int() => reader.Read7BitEncodedInt();

    public long Long() => reader.Read7BitEncodedInt64();

    public bool Bool() => reader.ReadBoolean();

    public double Double() => reader.ReadDouble();

    public string String() => reader.ReadString();

    public string? NullableString() => Bool() ? String() : null;

    public DateOnly? Date() => Int() is var n and > 0 ? DateOnly.FromDayNumber(n - 1) : null;

    public string[] Strings()
    {
        var count = Int();
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = String();
        }

        return values;
    }

    public int[] Ints()
    {
        var count = Int();
        var values = new int[count];
        var raw = reader.ReadBytes(count * sizeof(int));
        if (raw.Length != count * sizeof(int))
        {
            throw new EndOfStreamException();
        }

        MemoryMarshal.Cast<byte, int>(raw).CopyTo(values);
        return values;
    }

    public List<T> List<T>(Func<T> read)
    {
        var count = Int();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read());
        }

        return items;
    }

    public string Source()
    {
        var index = Int();
        if (index == 0)
        {
            files.Add(String());
            index = files.Count;
        }

        var line = Int();
        var key = (index, line);
        if (!sources.TryGetValue(key, out var source))
        {
            sources[key] = source = line > 0 ? $"{files[index - 1]}:{line}" : files[index - 1];
        }

        return source;
    }
}
