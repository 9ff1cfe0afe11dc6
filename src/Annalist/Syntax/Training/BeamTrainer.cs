namespace Annalist.Syntax.Training;

/// <summary>
/// Global training of the beam-search parser: a structured perceptron with the max-violation update
/// of Huang, Fayong and Guo (2012), over the arc-eager beam of Zhang and Nivre (2011). The gold
/// sequence is latent, as arc-eager reaches a tree by several move sequences: a state is correct while
/// the dynamic oracle (<see cref="ArcEagerOracle"/>) says the gold tree is still reachable from it, and
/// the gold prefix at each step is the best-scoring correct one. When no correct state survives a step,
/// the gold prefix that fell off continues alone on its best correct moves until the end. The update is
/// made at the step where the beam's best state outscores the gold prefix by the most: the gold prefix's
/// features are added for its moves and the wrong one's subtracted for its moves.
/// </summary>
internal sealed class BeamTrainer
{
    private readonly AveragedPerceptron model;
    private readonly int labelCount;
    private readonly int rootLabel;
    private readonly ParserBeam beam;
    private readonly float[] scores;
    private readonly int[] costs;
    private readonly ArcEagerState gold = new();
    private readonly ArcEagerState replay = new();

    // Per step t and beam slot j: where the state came from and by which move (t * width + j).
    private int[] parents = new int[1024];
    private int[] moves = new int[1024];

    // Per step: the beam's best score and whether that state is wrong; the gold prefix's score and,
    // while it is in the beam, its slot; after it fell off, its own moves.
    private long[] topScores = new long[256];
    private bool[] topWrong = new bool[256];
    private long[] goldScores = new long[256];
    private int[] goldSlots = new int[256];
    private int[] goldMoves = new int[256];
    private int[] pathA = new int[256];
    private int[] pathB = new int[256];

    public BeamTrainer(AveragedPerceptron model, int width, int labelCount, int rootLabel)
    {
        this.model = model;
        this.labelCount = labelCount;
        this.rootLabel = rootLabel;
        beam = new ParserBeam(width);
        scores = new float[model.Classes];
        costs = new int[model.Classes];
    }

    /// <summary>Sentences whose gold sequence left the beam at some step (the rest were decoded right or only lost on score).</summary>
    public long FellOff { get; private set; }

    /// <summary>Sentences that got an update.</summary>
    public long Updates { get; private set; }

    public void ResetCounts() => (FellOff, Updates) = (0, 0);

    /// <summary>Decodes one training sentence with the current weights and updates them at its largest violation.</summary>
    public void Train(SentenceWords words, int[] goldHeads, int[] goldLabels)
    {
        var width = beam.Width;
        var steps = 2 * words.Count;
        Grow(steps, width);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        beam.Start(words.Count, flag: 1);
        var fellAt = -1;
        var goldTotal = 0L;
        for (var t = 0; t < steps; t++)
        {
            // Best correct candidate of this step (its parent slot and move), kept or not.
            var goldParent = -1;
            var goldMove = -1;
            var goldScore = long.MinValue;
            for (var item = 0; item < beam.Count; item++)
            {
                var state = beam[item];
                var correct = beam.FlagOf(item) == 1;
                var total = beam.ScoreOf(item);
                Score(words, state, features);
                ArcEagerOracle.Costs(state, goldHeads, goldLabels, labelCount, rootLabel, costs);
                for (var m = 0; m < costs.Length; m++)
                {
                    if (costs[m] == int.MaxValue)
                    {
                        continue;
                    }

                    var score = total + (long)scores[m];
                    var right = correct && costs[m] == 0;
                    if (right && score > goldScore)
                    {
                        (goldParent, goldMove, goldScore) = (item, m, score);
                    }

                    beam.Add(item, m, score, right ? 1 : 0);
                }
            }

            if (fellAt < 0)
            {
                var slot = -1;
                for (var c = 0; c < beam.CandidateCount; c++)
                {
                    if (beam.ParentOf(c) == goldParent && beam.MoveOf(c) == goldMove)
                    {
                        slot = c;
                        break;
                    }
                }

                if (slot < 0)
                {
                    fellAt = t;
                    gold.Reset(words.Count);
                    gold.CopyFrom(beam[goldParent]);
                    gold.Apply(goldMove, labelCount);
                    goldMoves[t] = goldMove;
                    goldSlots[t] = goldParent;
                    goldTotal = goldScore;
                }
                else
                {
                    goldSlots[t] = slot;
                }

                goldScores[t] = goldScore;
            }
            else
            {
                // The gold prefix, out of the beam, goes on alone by its best correct move.
                Score(words, gold, features);
                ArcEagerOracle.Costs(gold, goldHeads, goldLabels, labelCount, rootLabel, costs);
                var best = -1;
                for (var m = 0; m < costs.Length; m++)
                {
                    if (costs[m] == 0 && (best < 0 || scores[m] > scores[best]))
                    {
                        best = m;
                    }
                }

                goldTotal += (long)scores[best];
                gold.Apply(best, labelCount);
                goldMoves[t] = best;
                goldScores[t] = goldTotal;
            }

            for (var c = 0; c < beam.CandidateCount; c++)
            {
                parents[(t * width) + c] = beam.ParentOf(c);
                moves[(t * width) + c] = beam.MoveOf(c);
            }

            topScores[t] = beam.CandidateScoreOf(0);
            topWrong[t] = beam.CandidateFlagOf(0) == 0;
            beam.Advance(labelCount);
        }

        model.Tick();
        if (fellAt >= 0)
        {
            FellOff++;
        }

        var worst = -1;
        for (var t = 0; t < steps; t++)
        {
            if (topWrong[t] && topScores[t] >= goldScores[t] && (worst < 0 || topScores[t] - goldScores[t] > topScores[worst] - goldScores[worst]))
            {
                worst = t;
            }
        }

        if (worst < 0)
        {
            return;
        }

        Updates++;
        var goldPath = GoldPath(worst, fellAt, width);
        var wrongPath = BeamPath(worst, 0, width, pathB);
        Update(words, goldPath, wrongPath, worst + 1, features);
    }

    /// <summary>The moves of the gold prefix at step <paramref name="step"/>, from the first.</summary>
    private int[] GoldPath(int step, int fellAt, int width)
    {
        if (fellAt < 0 || step < fellAt)
        {
            return BeamPath(step, goldSlots[step], width, pathA);
        }

        // In the beam up to the step before it fell, then its own moves.
        if (fellAt > 0)
        {
            BeamPath(fellAt - 1, goldSlots[fellAt], width, pathA);
        }

        for (var t = fellAt; t <= step; t++)
        {
            pathA[t] = goldMoves[t];
        }

        return pathA;
    }

    /// <summary>The moves that led to beam slot <paramref name="slot"/> after step <paramref name="step"/>.</summary>
    private int[] BeamPath(int step, int slot, int width, int[] path)
    {
        for (var t = step; t >= 0; t--)
        {
            path[t] = moves[(t * width) + slot];
            slot = parents[(t * width) + slot];
        }

        return path;
    }

    /// <summary>Adds the features of the gold moves and subtracts those of the wrong ones, from where the two sequences part.</summary>
    private void Update(SentenceWords words, int[] goldPath, int[] wrongPath, int length, Span<ulong> features)
    {
        var parted = 0;
        while (parted < length && goldPath[parted] == wrongPath[parted])
        {
            parted++;
        }

        Follow(words, goldPath, length, parted, 1f, features);
        Follow(words, wrongPath, length, parted, -1f, features);
    }

    private void Follow(SentenceWords words, int[] path, int length, int from, float amount, Span<ulong> features)
    {
        replay.Reset(words.Count);
        for (var t = 0; t < length; t++)
        {
            if (t >= from)
            {
                var count = ParserFeatures.Extract(words, replay, features);
                model.Add(features[..count], path[t], amount);
            }

            replay.Apply(path[t], labelCount);
        }
    }

    private void Score(SentenceWords words, ArcEagerState state, Span<ulong> features)
    {
        var count = ParserFeatures.Extract(words, state, features);
        Array.Clear(scores);
        model.AddScores(features[..count], scores);
    }

    private void Grow(int steps, int width)
    {
        if (steps * width > parents.Length)
        {
            parents = new int[steps * width * 2];
            moves = new int[steps * width * 2];
        }

        if (steps > topScores.Length)
        {
            var size = steps * 2;
            topScores = new long[size];
            topWrong = new bool[size];
            goldScores = new long[size];
            goldSlots = new int[size];
            goldMoves = new int[size];
            pathA = new int[size];
            pathB = new int[size];
        }
    }
}
