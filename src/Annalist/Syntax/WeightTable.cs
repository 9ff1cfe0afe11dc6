using System.Numerics;
using System.Runtime.CompilerServices;

namespace Annalist.Syntax;

/// <summary>
/// The immutable weights of a linear classifier over hashed features: an open-addressing table from
/// feature hash to a sparse row of (class, 16-bit weight) entries. Scoring sums the rows of the
/// features present into an integer score per class; it allocates nothing and is thread-safe.
/// </summary>
internal sealed class WeightTable
{
    private const uint Magic = 0x54574E41; // "ANWT"

    private readonly ulong[] keys;
    private readonly int[] slotRow;
    private readonly int[] rowStart;
    private readonly byte[] entryClass;
    private readonly short[] entryWeight;
    private readonly int mask;

    public WeightTable(int classes, float scale, ulong[] rowKeys, int[] rowStart, byte[] entryClass, short[] entryWeight)
    {
        Classes = classes;
        Scale = scale;
        this.rowStart = rowStart;
        this.entryClass = entryClass;
        this.entryWeight = entryWeight;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rowKeys.Length * 2));
        keys = new ulong[capacity];
        slotRow = new int[capacity];
        mask = capacity - 1;
        for (var row = 0; row < rowKeys.Length; row++)
        {
            var slot = (int)(rowKeys[row] & (ulong)mask);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = rowKeys[row];
            slotRow[slot] = row;
        }

        RowKeys = rowKeys;
    }

    public int Classes { get; }

    /// <summary>The real value of one unit of a stored weight.</summary>
    public float Scale { get; }

    public int Rows => RowKeys.Length;

    public int Entries => entryWeight.Length;

    private ulong[] RowKeys { get; }

    /// <summary>Adds the weights of every feature to <paramref name="scores"/> (which the caller clears).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        foreach (var feature in features)
        {
            var row = Find(feature);
            if (row < 0)
            {
                continue;
            }

            var end = rowStart[row + 1];
            for (var e = rowStart[row]; e < end; e++)
            {
                scores[entryClass[e]] += entryWeight[e];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong feature)
    {
        var slot = (int)(feature & (ulong)mask);
        while (true)
        {
            var key = keys[slot];
            if (key == feature)
            {
                return slotRow[slot];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Classes);
        writer.Write(Scale);
        writer.Write(RowKeys.Length);
        writer.Write(entryWeight.Length);
        foreach (var key in RowKeys)
        {
            writer.Write(key);
        }

        // Row lengths rather than offsets: small numbers, and the file stays position-independent.
        for (var row = 0; row < RowKeys.Length; row++)
        {
            var length = rowStart[row + 1] - rowStart[row];
            writer.Write((byte)Math.Min(length, 255));
            if (length >= 255)
            {
                writer.Write(length);
            }
        }

        writer.Write(entryClass);
        foreach (var weight in entryWeight)
        {
            writer.Write(weight);
        }
    }

    public static WeightTable Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a weight table");
        }

        var classes = reader.ReadInt32();
        var scale = reader.ReadSingle();
        var rows = reader.ReadInt32();
        var entries = reader.ReadInt32();
        var rowKeys = new ulong[rows];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(rowKeys.AsSpan()));
        var rowStart = new int[rows + 1];
        for (var row = 0; row < rows; row++)
        {
            int length = reader.ReadByte();
            if (length == 255)
            {
                length = reader.ReadInt32();
            }

            rowStart[row + 1] = rowStart[row] + length;
        }

        if (rowStart[rows] != entries)
        {
            throw new InvalidDataException("weight table rows do not add up to its entries");
        }

        var entryClass = reader.ReadBytes(entries);
        var entryWeight = new short[entries];
        reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(entryWeight.AsSpan()));
        return new WeightTable(classes, scale, rowKeys, rowStart, entryClass, entryWeight);
    }
}
