namespace Annalist.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features
/// (<see cref="TaggerFeatures"/>) that predicts a UPOS and XPOS pair per word, in two passes: the
/// second pass sees the first pass's tags of the words to the right. Immutable and thread-safe;
/// per-call scratch lives on the stack or in [ThreadStatic] buffers.
/// </summary>
internal sealed class PosTagger
{
    private const uint Magic = 0x47544E41; // "ANTG"

    [ThreadStatic]
    private static ulong[]? ambiguityBuffer;

    [ThreadStatic]
    private static int[]? guessBuffer;

    public PosTagger(SymbolTable classes, WeightTable weights, HashMap64 ambiguity, WeightTable? secondPass = null)
    {
        Classes = classes;
        Weights = weights;
        SecondPass = secondPass;
        Ambiguity = ambiguity;
        Upos = new string[classes.Count];
        Xpos = new string[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            (Upos[c], Xpos[c]) = TagClass.Split(classes[c]);
        }
    }

    public SymbolTable Classes { get; }

    /// <summary>First-pass weights.</summary>
    public WeightTable Weights { get; }

    /// <summary>Second-pass weights (features include the first pass's tags), or null for one pass.</summary>
    public WeightTable? SecondPass { get; }

    /// <summary>Lower-cased word hash to the hash of the set of tag classes it had in training.</summary>
    public HashMap64 Ambiguity { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    /// <summary>Tags every word of the loaded sentence, writing class ids into <see cref="SentenceWords.Tags"/>.</summary>
    public void Tag(SentenceWords words)
    {
        var ambiguity = AmbiguityBuffer(words.Count);
        TaggerFeatures.AmbiguityClasses(words, Ambiguity, ambiguity);
        Pass(words, ambiguity, Weights, []);
        if (SecondPass is not null)
        {
            var guesses = GuessBuffer(words.Count);
            words.Tags.AsSpan(0, words.Count).CopyTo(guesses);
            Pass(words, ambiguity, SecondPass, guesses);
        }
    }

    /// <summary>Tags with the first pass only (used to train the second).</summary>
    public void TagFirstPass(SentenceWords words)
    {
        var ambiguity = AmbiguityBuffer(words.Count);
        TaggerFeatures.AmbiguityClasses(words, Ambiguity, ambiguity);
        Pass(words, ambiguity, Weights, []);
    }

    private void Pass(SentenceWords words, ReadOnlySpan<ulong> ambiguity, WeightTable weights, ReadOnlySpan<int> guesses)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[Classes.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var count = TaggerFeatures.Extract(words, ambiguity, guesses, i, features);
            scores.Clear();
            weights.AddScores(features[..count], scores);
            words.Tags[i] = ArgMax(scores);
        }
    }

    private static Span<int> GuessBuffer(int count)
    {
        var buffer = guessBuffer;
        if (buffer is null || buffer.Length < count)
        {
            buffer = guessBuffer = new int[Math.Max(count, 256)];
        }

        return buffer.AsSpan(0, count);
    }

    internal static ulong[] AmbiguityBuffer(int count)
    {
        var buffer = ambiguityBuffer;
        if (buffer is null || buffer.Length < count)
        {
            buffer = ambiguityBuffer = new ulong[Math.Max(count, 256)];
        }

        return buffer;
    }

    private static int ArgMax(ReadOnlySpan<int> scores)
    {
        var best = 0;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        Classes.Write(writer);
        Ambiguity.Write(writer);
        Weights.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
    }

    public static PosTagger Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a tagger model");
        }

        var classes = SymbolTable.Read(reader);
        var ambiguity = HashMap64.Read(reader);
        var weights = WeightTable.Read(reader);
        var second = reader.ReadBoolean() ? WeightTable.Read(reader) : null;
        return new PosTagger(classes, weights, ambiguity, second);
    }
}
