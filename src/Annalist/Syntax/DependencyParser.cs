namespace Annalist.Syntax;

/// <summary>
/// Greedy arc-eager dependency parser (root at the end of the buffer) scored by an averaged
/// perceptron over the features of <see cref="ParserFeatures"/>, trained with a dynamic oracle.
/// Produces one labelled head per word in Universal Dependencies style. Immutable and thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    private const uint Magic = 0x52504E41; // "ANPR"

    [ThreadStatic]
    private static ArcEagerState? stateBuffer;

    /// <summary>The relation constraints for the tag classes of a tagger (one per tagger the parser is used with).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<string[], LabelConstraints> constraintsByTagger = [];

    public DependencyParser(SymbolTable labels, WeightTable weights, int featureSet = ParserFeatures.LatestSet)
    {
        if (featureSet is < 1 or > ParserFeatures.LatestSet)
        {
            throw new InvalidDataException($"parser feature set {featureSet} is unknown to this build");
        }

        FeatureSet = featureSet;
        Labels = labels;
        Weights = weights;
        RootLabel = labels.IdOf("root");
        PunctLabel = labels.IdOf("punct");
        ParataxisLabel = labels.IdOf("parataxis");
        if (RootLabel < 0 || weights.Classes != Moves.Count(labels.Count))
        {
            throw new InvalidDataException("the parser's labels and weights do not match");
        }
    }

    public SymbolTable Labels { get; }

    /// <summary>Which feature templates the model was trained with (<see cref="ParserFeatures"/>).</summary>
    public int FeatureSet { get; }

    public WeightTable Weights { get; }

    public int RootLabel { get; }

    private int PunctLabel { get; }

    private int ParataxisLabel { get; }

    /// <summary>
    /// Parses the loaded, tagged sentence. Writes each word's head (sentence-relative, -1 for the
    /// root) and label id into the spans; exactly one word is the root. Given the UPOS of each tag
    /// class, relations the word's tag and spelling rule out are never chosen (<see cref="LabelConstraints"/>).
    /// </summary>
    public void Parse(SentenceWords words, Span<int> heads, Span<int> labels, string[]? upos = null)
    {
        var constraints = upos is null ? null : constraintsByTagger.GetValue(upos, u => new LabelConstraints(Labels, u));
        var state = stateBuffer ??= new ArcEagerState();
        var labelCount = Labels.Count;
        state.Reset(words.Count);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[Weights.Classes];
        while (!state.IsTerminal)
        {
            var count = ParserFeatures.Extract(words, state, features);
            scores.Clear();
            Weights.AddScores(features[..count], scores);
            var best = BestValidMove(state, scores, labelCount, words, constraints);
            state.Apply(best, labelCount);
        }

        var root = state.Root;
        var mainRoot = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (state.Heads[i] == root && (mainRoot < 0 || state.RightCount[i] + state.LeftCount[i] > state.RightCount[mainRoot] + state.LeftCount[mainRoot]))
            {
                mainRoot = i;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (state.Heads[i] != root)
            {
                heads[i] = state.Heads[i];
                labels[i] = state.Labels[i];
            }
            else if (i == mainRoot)
            {
                heads[i] = -1;
                labels[i] = RootLabel;
            }
            else
            {
                // A second root (rare): attach it to the main one.
                heads[i] = mainRoot;
                labels[i] = upos is not null && upos[words.Tags[i]] == "PUNCT" && PunctLabel >= 0 ? PunctLabel : ParataxisLabel >= 0 ? ParataxisLabel : RootLabel;
            }
        }
    }

    /// <summary>The highest-scoring move the state allows (checked per move kind, not per move).</summary>
    private int BestValidMove(ArcEagerState state, ReadOnlySpan<int> scores, int labelCount, SentenceWords words, LabelConstraints? constraints)
    {
        var best = -1;
        var bestScore = int.MinValue;
        if (state.CanShift)
        {
            (best, bestScore) = (Moves.Shift, scores[Moves.Shift]);
        }

        if (state.CanReduce && scores[Moves.Reduce] > bestScore)
        {
            (best, bestScore) = (Moves.Reduce, scores[Moves.Reduce]);
        }

        if (state.CanLeftArc)
        {
            if (state.Buffer == state.Root)
            {
                var move = Moves.Left(RootLabel);
                if (best < 0 || scores[move] > bestScore)
                {
                    (best, bestScore) = (move, scores[move]);
                }
            }
            else
            {
                for (var l = 0; l < labelCount; l++)
                {
                    var move = Moves.Left(l);
                    if (l != RootLabel && scores[move] > bestScore && (constraints is null || constraints.Allows(words, state, state.S0, state.Buffer, l)))
                    {
                        (best, bestScore) = (move, scores[move]);
                    }
                }
            }
        }

        if (state.CanRightArc)
        {
            for (var l = 0; l < labelCount; l++)
            {
                var move = Moves.Right(l, labelCount);
                if (l != RootLabel && scores[move] > bestScore && (constraints is null || constraints.Allows(words, state, state.Buffer, state.S0, l)))
                {
                    (best, bestScore) = (move, scores[move]);
                }
            }
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(FeatureSet);
        Labels.Write(writer);
        Weights.Write(writer);
    }

    public static DependencyParser Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a parser model");
        }

        var featureSet = reader.ReadInt32();
        var labels = SymbolTable.Read(reader);
        return new DependencyParser(labels, WeightTable.Read(reader), featureSet);
    }
}
