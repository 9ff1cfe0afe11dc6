using System.Numerics;

namespace Annalist.Syntax.Training;

/// <summary>
/// A multi-class averaged perceptron over hashed features, for training only. A feature gets a dense
/// row of per-class weights the first time an update touches it; averaging uses the usual trick
/// (keep w and the step-weighted sum u of updates; the average is w - u / steps), so an update costs
/// two entries per feature. <see cref="Export"/> quantises and prunes it into a <see cref="WeightTable"/>.
/// </summary>
internal sealed class AveragedPerceptron
{
    private const int ChunkBits = 14;
    private const int ChunkRows = 1 << ChunkBits;

    private readonly Dictionary<ulong, int> rows = [];
    private HashSet<ulong>? allowed;
    private readonly List<float[]> weights = [];
    private readonly List<float[]> sums = [];

    public AveragedPerceptron(int classes)
    {
        if (classes is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(classes), classes, "between 1 and 256 classes");
        }

        Classes = classes;
    }

    public int Classes { get; }

    /// <summary>Training instances seen so far (the averaging clock).</summary>
    public long Steps { get; private set; }

    public int Rows => rows.Count;

    /// <summary>Adds the current (not averaged) weights of the features to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (!rows.TryGetValue(feature, out var row))
            {
                continue;
            }

            // Lane by lane the same additions in the same order as a scalar loop, so the same sums.
            var source = weights[row >> ChunkBits].AsSpan((row & (ChunkRows - 1)) * Classes, Classes);
            var c = 0;
            for (; c <= Classes - Vector<float>.Count; c += Vector<float>.Count)
            {
                (new Vector<float>(scores[c..]) + new Vector<float>(source[c..])).CopyTo(scores[c..]);
            }

            for (; c < Classes; c++)
            {
                scores[c] += source[c];
            }
        }
    }

    /// <summary>
    /// Restricts learning to the given features (those frequent enough in the training data); the
    /// others never get weights. Rare features mostly memorise the training set.
    /// </summary>
    public void Restrict(HashSet<ulong> features) => allowed = features;

    /// <summary>Advances the averaging clock by one instance; call once per training decision.</summary>
    public void Tick() => Steps++;

    /// <summary>Moves the weights towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess)
        {
            return;
        }

        var stepped = amount * Steps;
        foreach (var feature in features)
        {
            if (allowed is not null && !allowed.Contains(feature))
            {
                continue;
            }

            var row = RowOf(feature);
            var w = weights[row >> ChunkBits];
            var u = sums[row >> ChunkBits];
            var offset = (row & (ChunkRows - 1)) * Classes;
            w[offset + truth] += amount;
            u[offset + truth] += stepped;
            w[offset + guess] -= amount;
            u[offset + guess] -= stepped;
        }
    }

    /// <summary>
    /// Moves the weights of one class by <paramref name="amount"/> (a structured update adds the gold
    /// sequence's features and subtracts the predicted one's, each at its own configurations).
    /// </summary>
    public void Add(ReadOnlySpan<ulong> features, int @class, float amount)
    {
        var stepped = amount * Steps;
        foreach (var feature in features)
        {
            if (allowed is not null && !allowed.Contains(feature))
            {
                continue;
            }

            var row = RowOf(feature);
            var offset = (row & (ChunkRows - 1)) * Classes;
            weights[row >> ChunkBits][offset + @class] += amount;
            sums[row >> ChunkBits][offset + @class] += stepped;
        }
    }

    /// <summary>
    /// Averages, quantises (units of <paramref name="scale"/>) and prunes: entries that round to fewer
    /// than <paramref name="minUnits"/> units are dropped, rows left empty disappear.
    /// </summary>
    public WeightTable Export(float scale, int minUnits)
    {
        var keys = new List<ulong>(rows.Count);
        var lengths = new List<ushort>(rows.Count);
        var classes = new List<byte>();
        var values = new List<short>();
        var steps = Math.Max(1, Steps);
        foreach (var (key, row) in rows.OrderBy(r => r.Key))
        {
            var w = weights[row >> ChunkBits];
            var u = sums[row >> ChunkBits];
            var offset = (row & (ChunkRows - 1)) * Classes;
            var before = values.Count;
            for (var c = 0; c < Classes; c++)
            {
                var average = w[offset + c] - (u[offset + c] / steps);
                var units = Math.Clamp(MathF.Round(average / scale), short.MinValue, short.MaxValue);
                if (Math.Abs(units) >= minUnits && units != 0)
                {
                    classes.Add((byte)c);
                    values.Add((short)units);
                }
            }

            if (values.Count > before)
            {
                keys.Add(key);
                lengths.Add((ushort)(values.Count - before));
            }
        }

        return new WeightTable(Classes, scale, [.. keys], [.. lengths], [.. classes], [.. values]);
    }

    private int RowOf(ulong feature)
    {
        if (rows.TryGetValue(feature, out var row))
        {
            return row;
        }

        row = rows.Count;
        rows.Add(feature, row);
        if ((row >> ChunkBits) >= weights.Count)
        {
            weights.Add(new float[ChunkRows * Classes]);
            sums.Add(new float[ChunkRows * Classes]);
        }

        return row;
    }
}
