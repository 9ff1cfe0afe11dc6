using Annalist.DataFiles;

namespace Annalist.Syntax;

/// <summary>
/// Hierarchical word clusters from a static WordPiece embedding table (all-MiniLM-L6-v2's input
/// embeddings, learned from large unlabelled corpora): unlabelled-data knowledge of words that the
/// treebanks alone do not give. Any word gets a cluster, seen in training or not: it is split into
/// WordPieces (BERT's greedy longest match, after splitting off punctuation), the pieces' reduced
/// vectors (int8, PCA to <see cref="Dimensions"/>) are averaged and normalised, and the vector goes
/// down a binary tree of hyperplanes (bisecting k-means) to a leaf; the path is the cluster, and its
/// prefixes are coarser clusters, as with Brown clusters. A one-piece word's cluster is worked out at
/// load; others cost one average and at most <see cref="Depth"/> dot products. Immutable, thread-safe,
/// allocates nothing per word.
/// </summary>
internal sealed class WordClusters
{
    private const uint Magic = 0x4C434E41; // "ANCL"
    private const int MaxWordLength = 64;
    private const int MaxPieces = 24;
    private const ulong ContinuationSalt = 0x2323_2323_5A17_C0DEUL;

    private readonly HashMap64 pieceIds;
    private readonly WordCluster[] pieceClusters;

    public WordClusters(string[] pieces, sbyte[] vectors, float[] scales, int dimensions, int depth, float[] splits, bool[] split)
    {
        if (vectors.Length != pieces.Length * dimensions || scales.Length != pieces.Length)
        {
            throw new InvalidDataException("piece vectors do not match the piece list");
        }

        if (depth is < 1 or > 16 || split.Length != 1 << depth || splits.Length != split.Length * (dimensions + 1))
        {
            throw new InvalidDataException("the cluster tree does not match its depth");
        }

        Pieces = pieces;
        Vectors = vectors;
        Scales = scales;
        Dimensions = dimensions;
        Depth = depth;
        Splits = splits;
        Split = split;
        var entries = new List<KeyValuePair<ulong, ulong>>(pieces.Length);
        var seen = new HashSet<ulong>();
        for (var p = 0; p < pieces.Length; p++)
        {
            var key = PieceHash(pieces[p]);
            if (key != 0 && seen.Add(key))
            {
                entries.Add(new KeyValuePair<ulong, ulong>(key, (ulong)p));
            }
        }

        pieceIds = new HashMap64(entries);
        pieceClusters = new WordCluster[pieces.Length];
        Span<float> vector = stackalloc float[dimensions];
        Span<int> one = stackalloc int[1];
        for (var p = 0; p < pieces.Length; p++)
        {
            one[0] = p;
            pieceClusters[p] = Descend(Average(one, vector));
        }
    }

    /// <summary>WordPiece vocabulary; continuation pieces start with "##".</summary>
    public string[] Pieces { get; }

    /// <summary>Quantised piece vectors, <see cref="Dimensions"/> per piece.</summary>
    public sbyte[] Vectors { get; }

    /// <summary>Scale of each piece's quantised vector.</summary>
    public float[] Scales { get; }

    public int Dimensions { get; }

    /// <summary>Longest path (bits of the finest cluster).</summary>
    public int Depth { get; }

    /// <summary>Per tree node (heap order, root 1): <see cref="Dimensions"/> weights and a threshold.</summary>
    public float[] Splits { get; }

    /// <summary>Whether a tree node splits (false: a leaf, or no node).</summary>
    public bool[] Split { get; }

    /// <summary>The cluster of a word given lower-cased (as <see cref="WordShape.Normalize"/> writes it) and its hash.</summary>
    public WordCluster Assign(ReadOnlySpan<char> lower, ulong lowerHash)
    {
        if (pieceIds.TryGetValue(lowerHash, out var whole))
        {
            return pieceClusters[whole];
        }

        Span<int> ids = stackalloc int[MaxPieces];
        var count = Pieceize(lower, ids);
        if (count == 0)
        {
            return WordCluster.Unknown;
        }

        if (count == 1)
        {
            return pieceClusters[ids[0]];
        }

        Span<float> vector = stackalloc float[Dimensions];
        return Descend(Average(ids[..count], vector));
    }

    /// <summary>The cluster of a word (any case; training and tests).</summary>
    public WordCluster Assign(string word)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var n = WordShape.Normalize(word, lower);
        return Assign(lower[..n], FeatureHash.Text(lower[..n]));
    }

    /// <summary>
    /// The normalised average vector of a word's pieces into <paramref name="vector"/>; false when no
    /// piece matched (the builder clusters exactly the vectors words get here).
    /// </summary>
    public bool TryVector(string word, Span<float> vector)
    {
        Span<int> ids = stackalloc int[MaxPieces];
        var count = PiecesOf(word, ids);

        if (count == 0)
        {
            return false;
        }

        Average(ids[..count], vector);
        return true;
    }

    /// <summary>The WordPiece ids of a word (any case) as <see cref="Assign(string)"/> sees them; returns how many.</summary>
    public int PiecesOf(string word, Span<int> ids)
    {
        Span<char> lower = stackalloc char[MaxWordLength];
        var n = WordShape.Normalize(word, lower);
        if (pieceIds.TryGetValue(FeatureHash.Text(lower[..n]), out var whole) && !ids.IsEmpty)
        {
            ids[0] = (int)whole;
            return 1;
        }

        return Pieceize(lower[..n], ids);
    }

    /// <summary>
    /// WordPiece ids of a lower-cased word: punctuation characters split off as their own words, then
    /// greedy longest-match pieces ("##" pieces after the first); a word part with no match is skipped,
    /// as BERT maps it to [UNK]. Returns how many ids were written.
    /// </summary>
    public int Pieceize(ReadOnlySpan<char> lower, Span<int> ids)
    {
        var count = 0;
        var start = 0;
        while (start < lower.Length && count < ids.Length)
        {
            var end = start;
            if (IsPunctuation(lower[start]))
            {
                end = start + 1;
            }
            else
            {
                while (end < lower.Length && !IsPunctuation(lower[end]))
                {
                    end++;
                }
            }

            count += PiecesOfPart(lower[start..end], ids[count..]);
            start = end;
        }

        return count;
    }

    private int PiecesOfPart(ReadOnlySpan<char> part, Span<int> ids)
    {
        var count = 0;
        var start = 0;
        while (start < part.Length)
        {
            var found = -1;
            var end = part.Length;
            for (; end > start; end--)
            {
                var text = FeatureHash.Text(part[start..end]);
                var key = start == 0 ? text : FeatureHash.Combine(ContinuationSalt, text);
                if (pieceIds.TryGetValue(key, out var id))
                {
                    found = (int)id;
                    break;
                }
            }

            if (found < 0 || count == ids.Length)
            {
                return found < 0 ? 0 : count;
            }

            ids[count++] = found;
            start = end;
        }

        return count;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private Span<float> Average(ReadOnlySpan<int> ids, Span<float> vector)
    {
        var d = Dimensions;
        vector.Clear();
        foreach (var id in ids)
        {
            var scale = Scales[id];
            var row = Vectors.AsSpan(id * d, d);
            for (var j = 0; j < d; j++)
            {
                vector[j] += row[j] * scale;
            }
        }

        var norm = 0f;
        for (var j = 0; j < d; j++)
        {
            norm += vector[j] * vector[j];
        }

        if (norm > 0)
        {
            var inverse = 1f / MathF.Sqrt(norm);
            for (var j = 0; j < d; j++)
            {
                vector[j] *= inverse;
            }
        }

        return vector;
    }

    private WordCluster Descend(ReadOnlySpan<float> vector)
    {
        var d = Dimensions;
        var node = 1;
        var bits = 0u;
        var length = 0;
        while (length < Depth && Split[node])
        {
            var bit = GoesRight(Splits.AsSpan(node * (d + 1), d + 1), vector) ? 1 : 0;
            bits = (bits << 1) | (uint)bit;
            length++;
            node = (node * 2) + bit;
        }

        return new WordCluster(bits, length);
    }

    /// <summary>
    /// Whether a vector lies on the right of a node's hyperplane (<paramref name="row"/>: the normal, then the
    /// bias): the one test the builder splits by and <see cref="Assign(string)"/> descends by, so both agree.
    /// </summary>
    internal static bool GoesRight(ReadOnlySpan<float> row, ReadOnlySpan<float> vector)
    {
        var d = row.Length - 1;
        var dot = 0f;
        for (var j = 0; j < d; j++)
        {
            dot += row[j] * vector[j];
        }

        return dot > row[d];
    }

    /// <summary>The hash a piece is found by: its text, salted for a "##" continuation piece.</summary>
    private static ulong PieceHash(string piece) => piece.StartsWith("##", StringComparison.Ordinal) && piece.Length > 2
        ? FeatureHash.Combine(ContinuationSalt, FeatureHash.Text(piece.AsSpan(2)))
        : FeatureHash.Text(piece);

    /// <summary>
    /// Reads a cluster file as <see cref="Save"/> writes it (format version, then the table); a damaged or foreign
    /// file is a <see cref="DataFileException"/> naming it.
    /// </summary>
    public static WordClusters Load(string path)
    {
        try
        {
            return SyntaxModel.ReadVersioned(path, Read);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new DataFileException(path, $"cannot read the word clusters ({ex.Message})");
        }
    }

    /// <summary>Writes the table as the model's <see cref="SyntaxModel.ClustersFile"/> (format version first).</summary>
    public void Save(string path) => SyntaxModel.WriteVersioned(path, Write);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Dimensions);
        writer.Write(Depth);
        writer.Write(Pieces.Length);
        foreach (var piece in Pieces)
        {
            writer.Write(piece);
        }

        foreach (var scale in Scales)
        {
            writer.Write(scale);
        }

        writer.Write((byte[])(Array)Vectors);
        for (var node = 0; node < Split.Length; node++)
        {
            writer.Write(Split[node]);
            if (Split[node])
            {
                for (var j = 0; j <= Dimensions; j++)
                {
                    writer.Write(Splits[(node * (Dimensions + 1)) + j]);
                }
            }
        }
    }

    public static WordClusters Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a word-cluster table");
        }

        var dimensions = reader.ReadInt32();
        var depth = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions is < 1 or > 1024 || depth is < 1 or > 16 || count is < 1 or > 1_000_000)
        {
            throw new InvalidDataException("bad word-cluster table header");
        }

        var pieces = new string[count];
        for (var p = 0; p < count; p++)
        {
            pieces[p] = reader.ReadString();
        }

        var scales = new float[count];
        for (var p = 0; p < count; p++)
        {
            scales[p] = reader.ReadSingle();
        }

        var bytes = reader.ReadBytes(count * dimensions);
        if (bytes.Length != count * dimensions)
        {
            throw new EndOfStreamException("word-cluster vectors cut short");
        }

        var vectors = (sbyte[])(Array)bytes;
        var nodes = 1 << depth;
        var split = new bool[nodes];
        var splits = new float[nodes * (dimensions + 1)];
        for (var node = 0; node < nodes; node++)
        {
            split[node] = reader.ReadBoolean();
            if (split[node])
            {
                for (var j = 0; j <= dimensions; j++)
                {
                    splits[(node * (dimensions + 1)) + j] = reader.ReadSingle();
                }
            }
        }

        return new WordClusters(pieces, vectors, scales, dimensions, depth, splits, split);
    }
}
