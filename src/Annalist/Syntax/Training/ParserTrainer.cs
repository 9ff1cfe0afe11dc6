using Annalist.Syntax.Evaluation;

namespace Annalist.Syntax.Training;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the arc-eager dynamic oracle (Goldberg and Nivre
/// 2012): at each step the perceptron is updated towards the best-scoring zero-cost move when its own
/// choice has a cost, and from <see cref="TrainingOptions.ExplorationStartEpoch"/> on it follows its
/// own (possibly wrong) move with probability p, so it learns to recover from its mistakes.
/// Gold trees are projectivized; tags are the jackknifed predictions given in <c>tags</c>. With a
/// beam (<see cref="TrainingOptions.ParserBeamWidth"/> above 1) each sentence is instead decoded with
/// the beam and the weights updated globally (<see cref="BeamTrainer"/>).
/// </summary>
internal sealed class ParserTrainer(SymbolTable labels, TrainingOptions options, ITrainingMonitor? monitor)
{
    public int BestEpoch { get; private set; }

    public SyntaxScores? BestScores { get; private set; }

    /// <param name="train">Gold sentences.</param>
    /// <param name="trainTags">Predicted tag classes per training sentence (same order).</param>
    /// <param name="evaluate">Scores a candidate parser on dev (null to keep the last epoch).</param>
    public DependencyParser Train(IReadOnlyList<GoldSentence> train, IReadOnlyList<int[]> trainTags, Func<DependencyParser, SyntaxScores>? evaluate)
    {
        var labelCount = labels.Count;
        var rootLabel = labels.IdOf("root");
        var moves = Moves.Count(labelCount);
        var model = new AveragedPerceptron(moves);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var words = new SentenceWords();
        var state = new ArcEagerState();
        var scores = new float[moves];
        var costs = new int[moves];
        var projective = train.Select(s => Projectivizer.Lift(s.Heads)).ToArray();
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        if (options.ParserMinFeatureCount > 1)
        {
            model.Restrict(FrequentFeatures(train, trainTags, projective, words, state, costs, labelCount, rootLabel));
        }

        var beamWidth = options.ParserBeamWidth;
        var decodeWidth = options.ParserDecodeBeamWidth ?? beamWidth;
        var beamTrainer = beamWidth > 1 ? new BeamTrainer(model, beamWidth, labelCount, rootLabel) : null;
        DependencyParser? best = null;
        var epochs = options.ParserEpochs;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var explore = epoch >= options.ExplorationStartEpoch;
            long decisions = 0;
            long mistakes = 0;
            for (var n = 0; n < order.Length; n++)
            {
                var index = order[n];
                var sentence = train[index];
                words.Load(sentence.Document, sentence.Tokens);
                trainTags[index].AsSpan().CopyTo(words.Tags);
                var goldHeads = GoldHeads(projective[index]);
                if (beamTrainer is not null)
                {
                    beamTrainer.Train(words, goldHeads, sentence.Labels);
                    if ((n & 127) == 0)
                    {
                        monitor?.Progress(new TrainingProgress("parser", epoch, epochs, n, order.Length));
                    }

                    continue;
                }

                state.Reset(sentence.Count);
                while (!state.IsTerminal)
                {
                    var count = ParserFeatures.Extract(words, state, features);
                    Array.Clear(scores);
                    model.AddScores(features[..count], scores);
                    ArcEagerOracle.Costs(state, goldHeads, sentence.Labels, labelCount, rootLabel, costs);
                    var guess = -1;
                    var gold = -1;
                    var minCost = int.MaxValue;
                    for (var m = 0; m < moves; m++)
                    {
                        if (costs[m] < minCost)
                        {
                            minCost = costs[m];
                        }
                    }

                    for (var m = 0; m < moves; m++)
                    {
                        if (costs[m] == int.MaxValue)
                        {
                            continue;
                        }

                        if (guess < 0 || scores[m] > scores[guess])
                        {
                            guess = m;
                        }

                        if (costs[m] == minCost && (gold < 0 || scores[m] > scores[gold]))
                        {
                            gold = m;
                        }
                    }

                    model.Tick();
                    decisions++;
                    if (costs[guess] > minCost)
                    {
                        mistakes++;
                        model.Update(features[..count], gold, guess);
                        state.Apply(explore && random.NextDouble() < options.ExplorationProbability ? guess : gold, labelCount);
                    }
                    else
                    {
                        state.Apply(guess, labelCount);
                    }
                }

                if ((n & 127) == 0)
                {
                    monitor?.Progress(new TrainingProgress("parser", epoch, epochs, n, order.Length));
                }
            }

            var parser = new DependencyParser(labels, model.Export(options.WeightScale, options.ParserMinUnits), beamWidth: decodeWidth);
            var line = beamTrainer is null
                ? $"parser epoch {epoch}/{epochs}: train moves right {100.0 * (decisions - mistakes) / Math.Max(1, decisions):F2}"
                : $"parser epoch {epoch}/{epochs}: beam {beamWidth} (decoding {decodeWidth}), sentences updated {100.0 * beamTrainer.Updates / order.Length:F2}%, gold fell off the beam {100.0 * beamTrainer.FellOff / order.Length:F2}%";
            beamTrainer?.ResetCounts();
            if (evaluate is null)
            {
                monitor?.Log(line);
                best = parser;
                BestEpoch = epoch;
                continue;
            }

            var dev = evaluate(parser);
            monitor?.Log($"{line}  dev {dev}");
            if (BestScores is null || dev.Las > BestScores.Las)
            {
                (best, BestScores, BestEpoch) = (parser, dev, epoch);
            }
        }

        monitor?.Log($"parser: {model.Rows:N0} features with weights");

        // No epochs (a tagger-only experiment): an untrained parser.
        return best ?? new DependencyParser(labels, model.Export(options.WeightScale, options.ParserMinUnits), beamWidth: decodeWidth);
    }

    /// <summary>Features seen at least <see cref="TrainingOptions.ParserMinFeatureCount"/> times along the oracle's paths.</summary>
    private HashSet<ulong> FrequentFeatures(IReadOnlyList<GoldSentence> train, IReadOnlyList<int[]> trainTags, int[][] projective, SentenceWords words, ArcEagerState state, int[] costs, int labelCount, int rootLabel)
    {
        var counts = new Dictionary<ulong, int>();
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        for (var index = 0; index < train.Count; index++)
        {
            var sentence = train[index];
            words.Load(sentence.Document, sentence.Tokens);
            trainTags[index].AsSpan().CopyTo(words.Tags);
            var goldHeads = GoldHeads(projective[index]);
            state.Reset(sentence.Count);
            while (!state.IsTerminal)
            {
                var count = ParserFeatures.Extract(words, state, features);
                foreach (var feature in features[..count])
                {
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
                }

                ArcEagerOracle.Costs(state, goldHeads, sentence.Labels, labelCount, rootLabel, costs);
                state.Apply(Array.IndexOf(costs, 0), labelCount);
            }
        }

        var frequent = counts.Where(c => c.Value >= options.ParserMinFeatureCount).Select(c => c.Key).ToHashSet();
        monitor?.Log($"parser: {frequent.Count:N0} of {counts.Count:N0} features seen at least {options.ParserMinFeatureCount} times");
        return frequent;
    }

    private static int[] GoldHeads(int[] heads)
    {
        var length = heads.Length;
        var gold = new int[length + 1];
        for (var i = 0; i < length; i++)
        {
            gold[i] = heads[i] < 0 ? length : heads[i];
        }

        gold[length] = -1;
        return gold;
    }
}
