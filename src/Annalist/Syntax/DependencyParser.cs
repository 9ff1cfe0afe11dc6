namespace Annalist.Syntax;

/// <summary>
/// Arc-eager dependency parser (root at the end of the buffer) scored by an averaged perceptron over
/// the features of <see cref="ParserFeatures"/>: greedy (beam width 1, trained with a dynamic oracle)
/// or beam search (trained globally, <c>BeamTrainer</c>); the model file records which. Produces one
/// labelled head per word in Universal Dependencies style. Immutable and thread-safe.
/// </summary>
internal sealed class DependencyParser
{
    private const uint Magic = 0x52504E41; // "ANPR"

    /// <summary>A beam-search model: the magic is followed by the feature set and the beam width. A greedy model keeps the first format, byte for byte.</summary>
    private const uint BeamMagic = 0x42504E41; // "ANPB"

    /// <summary>Widest beam a model may ask for (the beam's scratch space is per thread).</summary>
    public const int MaxBeamWidth = 64;

    [ThreadStatic]
    private static ArcEagerState? stateBuffer;

    [ThreadStatic]
    private static ParserBeam? beamBuffer;

    /// <summary>The relation constraints for the tag classes of a tagger (one per tagger the parser is used with).</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<PosTagger, LabelConstraints> constraintsByTagger = [];

    public DependencyParser(SymbolTable labels, WeightTable weights, int featureSet = ParserFeatures.LatestSet, int beamWidth = 1)
    {
        if (featureSet is < 1 or > ParserFeatures.LatestSet)
        {
            throw new InvalidDataException($"parser feature set {featureSet} is unknown to this build");
        }

        if (beamWidth is < 1 or > MaxBeamWidth)
        {
            throw new InvalidDataException($"parser beam width {beamWidth} is outside 1-{MaxBeamWidth}");
        }

        FeatureSet = featureSet;
        BeamWidth = beamWidth;
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

    /// <summary>States kept per step when decoding: 1 is greedy; the width the model was trained with.</summary>
    public int BeamWidth { get; }

    public int RootLabel { get; }

    private int PunctLabel { get; }

    private int ParataxisLabel { get; }

    /// <summary>
    /// Parses the loaded, tagged sentence. Writes each word's head (sentence-relative, -1 for the
    /// root) and label id into the spans; exactly one word is the root. Given the tagger (the UPOS and XPOS of each
    /// tag class), relations the word's tag and spelling rule out are never chosen (<see cref="LabelConstraints"/>).
    /// Decodes greedily or with a beam of <see cref="BeamWidth"/> states.
    /// </summary>
    public void Parse(SentenceWords words, Span<int> heads, Span<int> labels, PosTagger? tagger = null)
    {
        if (BeamWidth > 1)
        {
            ParseWithBeam(words, heads, labels, tagger, BeamWidth);
            return;
        }

        var constraints = ConstraintsFor(tagger);
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

        WriteTree(state, words, heads, labels, tagger?.Upos);
        constraints?.MendAfterDecoding(words, heads, labels);
    }

    /// <summary>
    /// Beam search: at each step every state of the beam offers each move it allows (and the
    /// constraints let through) scored as the state's score plus the move's; the best
    /// <paramref name="width"/> go on. With width 1 this is the greedy parse, tie for tie.
    /// </summary>
    internal void ParseWithBeam(SentenceWords words, Span<int> heads, Span<int> labels, PosTagger? tagger, int width)
    {
        var constraints = ConstraintsFor(tagger);
        var beam = beamBuffer;
        if (beam is null || beam.Width != width)
        {
            beam = beamBuffer = new ParserBeam(width);
        }

        var labelCount = Labels.Count;
        beam.Start(words.Count);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[Weights.Classes];
        while (!beam[0].IsTerminal)
        {
            for (var item = 0; item < beam.Count; item++)
            {
                // The S0/N0 features are scored once per distinct S0 and N0 of the step, the rest per state.
                var state = beam[item];
                var shared = beam.SharedScores(state, scores.Length, out var known);
                if (!known)
                {
                    shared.Clear();
                    var positional = ParserFeatures.ExtractPositional(words, state.S0, state.Buffer, state.Root, features);
                    Weights.AddScores(features[..positional], shared);
                }

                shared.CopyTo(scores);
                var count = ParserFeatures.ExtractStructural(words, state, features);
                Weights.AddScores(features[..count], scores);
                OfferMoves(beam, item, scores, labelCount, words, constraints);
            }

            beam.Advance(labelCount);
        }

        WriteTree(beam[0], words, heads, labels, tagger?.Upos);
        constraints?.MendAfterDecoding(words, heads, labels);
    }

    private LabelConstraints? ConstraintsFor(PosTagger? tagger) => tagger is null ? null : constraintsByTagger.GetValue(tagger, t => new LabelConstraints(Labels, t.Upos, t.Xpos));

    /// <summary>Copies the finished state's arcs out; a second child of the root (rare) is attached to the main one.</summary>
    private void WriteTree(ArcEagerState state, SentenceWords words, Span<int> heads, Span<int> labels, string[]? upos)
    {
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

    /// <summary>
    /// Offers the beam every move state <paramref name="item"/> allows, in the order and with the
    /// checks of <see cref="BestValidMove"/>; the constraints are only asked about a move the beam would keep.
    /// </summary>
    private void OfferMoves(ParserBeam beam, int item, ReadOnlySpan<int> scores, int labelCount, SentenceWords words, LabelConstraints? constraints)
    {
        var state = beam[item];
        var total = beam.ScoreOf(item);
        if (state.CanShift)
        {
            beam.Add(item, Moves.Shift, total + scores[Moves.Shift]);
        }

        if (state.CanReduce)
        {
            beam.Add(item, Moves.Reduce, total + scores[Moves.Reduce]);
        }

        if (state.CanLeftArc)
        {
            if (state.Buffer == state.Root)
            {
                var move = Moves.Left(RootLabel);
                beam.Add(item, move, total + scores[move]);
            }
            else
            {
                for (var l = 0; l < labelCount; l++)
                {
                    var move = Moves.Left(l);
                    var score = total + scores[move];
                    if (l != RootLabel && beam.Admits(score) && (constraints is null || constraints.Allows(words, state, state.S0, state.Buffer, l)))
                    {
                        beam.Add(item, move, score);
                    }
                }
            }
        }

        if (state.CanRightArc)
        {
            for (var l = 0; l < labelCount; l++)
            {
                var move = Moves.Right(l, labelCount);
                var score = total + scores[move];
                if (l != RootLabel && beam.Admits(score) && (constraints is null || constraints.Allows(words, state, state.Buffer, state.S0, l)))
                {
                    beam.Add(item, move, score);
                }
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
        writer.Write(BeamWidth == 1 ? Magic : BeamMagic);
        writer.Write(FeatureSet);
        if (BeamWidth > 1)
        {
            writer.Write(BeamWidth);
        }

        Labels.Write(writer);
        Weights.Write(writer);
    }

    public static DependencyParser Read(BinaryReader reader)
    {
        var magic = reader.ReadUInt32();
        if (magic is not Magic and not BeamMagic)
        {
            throw new InvalidDataException("not a parser model");
        }

        var featureSet = reader.ReadInt32();
        var beamWidth = magic == BeamMagic ? reader.ReadInt32() : 1;
        var labels = SymbolTable.Read(reader);
        return new DependencyParser(labels, WeightTable.Read(reader), featureSet, beamWidth);
    }

    /// <summary>The same model decoding with another beam width (to measure what the width buys; the model's own is the one it was trained with).</summary>
    public DependencyParser WithBeamWidth(int beamWidth) => beamWidth == BeamWidth ? this : new DependencyParser(Labels, Weights, FeatureSet, beamWidth);
}
