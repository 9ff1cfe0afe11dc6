using System.Numerics;

namespace Annalist.Syntax;

/// <summary>
/// An immutable open-addressing map from a non-zero 64-bit hash to a 64-bit value: the word lexicons
/// of the tagger and the lemmatizer. Lookups allocate nothing; built once, shared by all threads.
/// </summary>
internal sealed class HashMap64
{
    private readonly ulong[] keys;
    private readonly ulong[] values;
    private readonly int mask;

    public HashMap64(IReadOnlyList<KeyValuePair<ulong, ulong>> entries)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        keys = new ulong[capacity];
        values = new ulong[capacity];
        mask = capacity - 1;
        Entries = entries;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                throw new ArgumentException("key 0 is reserved", nameof(entries));
            }

            var slot = (int)(key & (ulong)mask);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }
    }

    public IReadOnlyList<KeyValuePair<ulong, ulong>> Entries { get; }

    public int Count => Entries.Count;

    public bool TryGetValue(ulong key, out ulong value)
    {
        var slot = (int)(key & (ulong)mask);
        while (true)
        {
            var k = keys[slot];
            if (k == key)
            {
                value = values[slot];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Entries.Count);
        foreach (var (key, value) in Entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static HashMap64 Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new KeyValuePair<ulong, ulong>[count];
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            entries[i] = new KeyValuePair<ulong, ulong>(key, reader.ReadUInt64());
        }

        return new HashMap64(entries);
    }
}
