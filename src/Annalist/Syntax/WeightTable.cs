using System.Numerics;
using System.Runtime.InteropServices;

namespace Annalist.Syntax;

/// <summary>
/// The immutable weights of a linear classifier over hashed features: an open-addressing table from
/// feature hash to a sparse row of (class, 16-bit weight) entries. Scoring sums the rows of the
/// features present into an integer score per class; it allocates nothing and is thread-safe.
/// </summary>
internal sealed class WeightTable
{
    private const uint Magic = 0x32574E41; // "ANW2"
    private const int MaxFeatures = 128;

    private readonly ulong[] rowKeys;
    private readonly ushort[] rowLengths;
    private readonly byte[] entryClass;
    private readonly short[] entryWeight;

    // Lookup structures. A slot is one 64-bit word: the feature's upper 32 bits (never 0) and the
    // index of its row in `entries`; a row is a length followed by packed (weight << 8 | class)
    // entries. A feature therefore costs about two memory accesses, and the slot array is half the
    // size a (key, start, length) slot would need. Features whose slot index and upper bits both
    // collide share a row, as hashed features always may.
    private readonly ulong[] slots;
    private readonly int[] entries;
    private readonly int mask;

    // One bit per 16 rows' worth of space, set for every feature with a row (by its top bits): most
    // features of a sentence have no weights, and this filter, an eighth of the slots' size, answers
    // for about 94% of those from the cache instead of a slot far away in memory. It reads bits 40 and
    // up of a feature, which a feature sharing a row by collision (same fingerprint) shares too, so
    // it changes no score.
    private readonly ulong[] present;
    private readonly int presentShift;

    public WeightTable(int classes, float scale, ulong[] rowKeys, ushort[] rowLengths, byte[] entryClass, short[] entryWeight)
    {
        if (rowKeys.Length != rowLengths.Length || entryClass.Length != entryWeight.Length)
        {
            throw new InvalidDataException("weight table arrays differ in length");
        }

        Classes = classes;
        Scale = scale;
        this.rowKeys = rowKeys;
        this.rowLengths = rowLengths;
        this.entryClass = entryClass;
        this.entryWeight = entryWeight;
        entries = new int[entryWeight.Length + rowKeys.Length];
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        slots = new ulong[capacity];
        mask = capacity - 1;
        var presentBits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, rowKeys.Length * 16));
        present = new ulong[presentBits / 64];
        presentShift = 64 - BitOperations.Log2((uint)presentBits);
        var source = 0;
        var target = 0;
        for (var row = 0; row < rowKeys.Length; row++)
        {
            var key = rowKeys[row];
            var bit = key >> presentShift;
            present[bit >> 6] |= 1UL << (int)(bit & 63);
            var slot = (int)(key & (ulong)mask);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = ((ulong)Fingerprint(key) << 32) | (uint)target;
            var length = rowLengths[row];
            if (source + length > entryWeight.Length)
            {
                throw new InvalidDataException("weight table rows do not add up to its entries");
            }

            entries[target++] = length;
            for (var e = 0; e < length; e++, source++)
            {
                if (entryClass[source] >= classes)
                {
                    throw new InvalidDataException("weight table entry for a class out of range");
                }

                entries[target++] = (entryWeight[source] << 8) | entryClass[source];
            }
        }

        if (source != entryWeight.Length)
        {
            throw new InvalidDataException("weight table rows do not add up to its entries");
        }
    }

    public int Classes { get; }

    /// <summary>The real value of one unit of a stored weight.</summary>
    public float Scale { get; }

    public int Rows => rowKeys.Length;

    public int Entries => entryWeight.Length;

    /// <summary>
    /// Adds the weights of every feature to <paramref name="scores"/> (which the caller clears). The
    /// table is far larger than the caches, so the lookups run in phases of independent loads (all
    /// slots, then all rows' first entries) that the processor overlaps instead of waiting for each.
    /// </summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var table = slots;
        var packed = entries;
        var n = Math.Min(features.Length, MaxFeatures);
        Span<ulong> first = stackalloc ulong[n];
        Span<int> rows = stackalloc int[n];
        Span<int> lengths = stackalloc int[n];
        var filter = present;
        var shift = presentShift;
        for (var i = 0; i < n; i++)
        {
            var feature = features[i];
            var bit = feature >> shift;
            first[i] = (filter[(int)(bit >> 6)] & (1UL << (int)(bit & 63))) == 0 ? 0 : table[(int)(feature & (ulong)mask)];
        }

        for (var i = 0; i < n; i++)
        {
            var feature = features[i];
            var fingerprint = Fingerprint(feature);
            var slot = (int)(feature & (ulong)mask);
            var value = first[i];
            while (value != 0 && (uint)(value >> 32) != fingerprint)
            {
                slot = (slot + 1) & mask;
                value = table[slot];
            }

            var row = value == 0 ? -1 : (int)(uint)value;
            rows[i] = row;
            lengths[i] = row < 0 ? 0 : packed[row];
        }

        for (var i = 0; i < n; i++)
        {
            var start = rows[i] + 1;
            var end = start + lengths[i];
            for (var e = start; e < end; e++)
            {
                var entry = packed[e];
                scores[entry & 0xFF] += entry >> 8;
            }
        }

        if (features.Length > n)
        {
            AddScores(features[n..], scores);
        }
    }

    private static uint Fingerprint(ulong feature) => (uint)(feature >> 32) | 1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(rowKeys.Length);
        writer.Write(entryWeight.Length);
        writer.Write(MemoryMarshal.AsBytes(rowKeys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(rowLengths.AsSpan()));
        writer.Write(entryClass);
        writer.Write(MemoryMarshal.AsBytes(entryWeight.AsSpan()));
    }

    public static WeightTable Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a weight table of this format");
        }

        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (classes is < 1 or > 256 || rows < 0 || count < 0)
        {
            throw new InvalidDataException("bad weight table header");
        }

        var rowKeys = new ulong[rows];
        var rowLengths = new ushort[rows];
        var entryClass = new byte[count];
        var entryWeight = new short[count];
        var stream = reader.BaseStream;
        stream.ReadExactly(MemoryMarshal.AsBytes(rowKeys.AsSpan()));
        stream.ReadExactly(MemoryMarshal.AsBytes(rowLengths.AsSpan()));
        stream.ReadExactly(entryClass);
        stream.ReadExactly(MemoryMarshal.AsBytes(entryWeight.AsSpan()));
        return new WeightTable(classes, scale, rowKeys, rowLengths, entryClass, entryWeight);
    }
}
