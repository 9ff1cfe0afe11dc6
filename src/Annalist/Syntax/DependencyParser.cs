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

    public DependencyParser(SymbolTable labels, WeightTable weights)
    {
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

    public WeightTable Weights { get; }

    public int RootLabel { get; }

    private int PunctLabel { get; }

    private int ParataxisLabel { get; }

    /// <summary>
    /// Parses the loaded, tagged sentence. Writes each word's head (sentence-relative, -1 for the
    /// root) and label id into the spans; exactly one word is the root.
    /// </summary>
    public void Parse(SentenceWords words, Span<int> heads, Span<int> labels, string[]? upos = null)
    {
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
            var best = -1;
            for (var move = 0; move < scores.Length; move++)
            {
                if ((best < 0 || scores[move] > scores[best]) && Moves.IsValid(state, move, labelCount, RootLabel))
                {
                    best = move;
                }
            }

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

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        Labels.Write(writer);
        Weights.Write(writer);
    }

    public static DependencyParser Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a parser model");
        }

        var labels = SymbolTable.Read(reader);
        return new DependencyParser(labels, WeightTable.Read(reader));
    }
}
