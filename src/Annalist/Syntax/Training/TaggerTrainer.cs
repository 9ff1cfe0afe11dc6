namespace Annalist.Syntax.Training;

/// <summary>
/// Trains the <see cref="PosTagger"/>: builds the ambiguity-class lexicon, then runs averaged
/// perceptron epochs over shuffled sentences (predicted tags as left context, as at run time), scoring
/// the averaged model on dev after each epoch and keeping the best.
/// </summary>
internal sealed class TaggerTrainer(SymbolTable classes, TrainingOptions options, ITrainingMonitor? monitor, WordClusters? clusters = null)
{
    /// <summary>A word's ambiguity class lists the tags it had in at least this share of its occurrences.</summary>
    private const double AmbiguityShare = 0.05;

    /// <summary>The first-pass and second-pass epochs the last <see cref="Train"/> kept.</summary>
    public (int First, int Second) BestEpochs { get; private set; }

    public double BestAccuracy { get; private set; }

    /// <summary>
    /// Trains a tagger: the first pass, then (when <see cref="TrainingOptions.TaggerPasses"/> is 2)
    /// the second pass on first-pass tags jackknifed over <paramref name="folds"/> folds, so it learns
    /// how far to trust them. With dev data each pass keeps its best epoch; without, the given epochs.
    /// </summary>
    public PosTagger Train(IReadOnlyList<GoldSentence> train, IReadOnlyList<GoldSentence>? dev, int firstEpochs, int secondEpochs, int folds, string phase)
    {
        var first = TrainPass(train, null, null, dev, firstEpochs, phase);
        var firstBest = bestEpoch;
        if (options.TaggerPasses < 2)
        {
            BestEpochs = (firstBest, 0);
            return first;
        }

        var guesses = Jackknife(train, folds, (rest, fold) => TrainPass(rest, null, null, null, firstBest, $"{phase} pass 1 fold {fold}/{folds}"), (tagger, words) => tagger.TagFirstPass(words), monitor, $"{phase} pass 1", clusters);
        var second = TrainPass(train, guesses, first, dev, secondEpochs, $"{phase} pass 2");
        BestEpochs = (firstBest, bestEpoch);
        return second;
    }

    /// <summary>
    /// Tags each sentence with a tagger trained on the other folds (sentence i is in fold i mod k), so
    /// the tags have the errors of unseen text. Returns the training sentences' own tags when k &lt; 2.
    /// </summary>
    public static List<int[]> Jackknife(IReadOnlyList<GoldSentence> train, int folds, Func<List<GoldSentence>, int, PosTagger> trainFold, Action<PosTagger, SentenceWords> tag, ITrainingMonitor? monitor, string what, WordClusters? clusters = null)
    {
        var predicted = train.Select(s => s.Tags).ToList();
        if (folds < 2)
        {
            return predicted;
        }

        var words = new SentenceWords();
        long correct = 0, total = 0;
        for (var fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, i) => i % folds != fold).ToList();
            var tagger = trainFold(rest, fold + 1);
            for (var i = fold; i < train.Count; i += folds)
            {
                var sentence = train[i];
                words.Load(sentence.Document, sentence.Tokens, clusters);
                tag(tagger, words);
                predicted[i] = words.Tags.AsSpan(0, words.Count).ToArray();
                for (var w = 0; w < words.Count; w++)
                {
                    correct += predicted[i][w] == sentence.Tags[w] ? 1 : 0;
                }

                total += words.Count;
            }
        }

        monitor?.Log($"{what}: jackknifed tags {100.0 * correct / Math.Max(1, total):F2}% right");
        return predicted;
    }

    private int bestEpoch;

    private PosTagger TrainPass(IReadOnlyList<GoldSentence> train, IReadOnlyList<int[]>? guesses, PosTagger? firstPass, IReadOnlyList<GoldSentence>? dev, int epochs, string phase)
    {
        var words = new SentenceWords();
        var ambiguity = firstPass?.Ambiguity ?? BuildAmbiguity(train, words);
        var model = new AveragedPerceptron(classes.Count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        if (options.TaggerMinFeatureCount > 1)
        {
            model.Restrict(FrequentFeatures(train, guesses, ambiguity, words));
        }

        var scores = new float[classes.Count];
        PosTagger? best = null;
        BestAccuracy = -1;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            var correct = 0;
            var total = 0;
            for (var n = 0; n < order.Length; n++)
            {
                var sentence = train[order[n]];
                words.Load(sentence.Document, sentence.Tokens, clusters);
                var classesOfWords = PosTagger.AmbiguityBuffer(words.Count);
                TaggerFeatures.AmbiguityClasses(words, ambiguity, classesOfWords);
                var sentenceGuesses = guesses is null ? default : guesses[order[n]].AsSpan();
                for (var i = 0; i < words.Count; i++)
                {
                    var count = TaggerFeatures.Extract(words, classesOfWords, sentenceGuesses, i, features);
                    Array.Clear(scores);
                    model.AddScores(features[..count], scores);
                    var guess = ArgMax(scores);
                    var truth = sentence.Tags[i];
                    model.Tick();
                    model.Update(features[..count], truth, guess);
                    words.Tags[i] = guess;
                    correct += guess == truth ? 1 : 0;
                    total++;
                }

                if ((n & 255) == 0)
                {
                    monitor?.Progress(new TrainingProgress(phase, epoch, epochs, n, order.Length));
                }
            }

            var weights = model.Export(options.WeightScale, options.TaggerMinUnits);
            var tagger = firstPass is null ? new PosTagger(classes, weights, ambiguity) : new PosTagger(classes, firstPass.Weights, ambiguity, weights);
            if (dev is null)
            {
                monitor?.Log($"{phase} epoch {epoch}/{epochs}: train {100.0 * correct / total:F2}");
                best = tagger;
                bestEpoch = epoch;
                continue;
            }

            var (accuracy, upos) = Accuracy(tagger, dev, words, clusters);
            monitor?.Log($"{phase} epoch {epoch}/{epochs}: train {100.0 * correct / total:F2}  dev tags {accuracy:F2}  UPOS {upos:F2}");
            if (accuracy > BestAccuracy)
            {
                (best, BestAccuracy, bestEpoch) = (tagger, accuracy, epoch);
            }
        }

        return best ?? throw new InvalidOperationException("no training epochs");
    }

    /// <summary>Percentages of words whose UPOS+XPOS class, and whose UPOS, is right.</summary>
    public static (double Tags, double Upos) Accuracy(PosTagger tagger, IReadOnlyList<GoldSentence> sentences, SentenceWords words, WordClusters? clusters = null)
    {
        var correct = 0;
        var upos = 0;
        var total = 0;
        foreach (var sentence in sentences)
        {
            words.Load(sentence.Document, sentence.Tokens, clusters);
            tagger.Tag(words);
            for (var i = 0; i < words.Count; i++)
            {
                correct += words.Tags[i] == sentence.Tags[i] ? 1 : 0;
                upos += sentence.Tags[i] >= 0 && tagger.Upos[words.Tags[i]] == tagger.Upos[sentence.Tags[i]] ? 1 : 0;
            }

            total += words.Count;
        }

        return total == 0 ? (0, 0) : (100.0 * correct / total, 100.0 * upos / total);
    }

    /// <summary>Features seen at least <see cref="TrainingOptions.TaggerMinFeatureCount"/> times with gold tags as left context.</summary>
    private HashSet<ulong> FrequentFeatures(IReadOnlyList<GoldSentence> train, IReadOnlyList<int[]>? guesses, HashMap64 ambiguity, SentenceWords words)
    {
        var counts = new Dictionary<ulong, int>();
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        for (var index = 0; index < train.Count; index++)
        {
            var sentence = train[index];
            words.Load(sentence.Document, sentence.Tokens, clusters);
            var classesOfWords = PosTagger.AmbiguityBuffer(words.Count);
            TaggerFeatures.AmbiguityClasses(words, ambiguity, classesOfWords);
            var sentenceGuesses = guesses is null ? default : guesses[index].AsSpan();
            for (var i = 0; i < words.Count; i++)
            {
                var count = TaggerFeatures.Extract(words, classesOfWords, sentenceGuesses, i, features);
                foreach (var feature in features[..count])
                {
                    counts[feature] = counts.GetValueOrDefault(feature) + 1;
                }

                words.Tags[i] = sentence.Tags[i];
            }
        }

        return counts.Where(c => c.Value >= options.TaggerMinFeatureCount).Select(c => c.Key).ToHashSet();
    }

    private HashMap64 BuildAmbiguity(IReadOnlyList<GoldSentence> train, SentenceWords words)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var sentence in train)
        {
            words.Load(sentence.Document, sentence.Tokens, clusters);
            for (var i = 0; i < words.Count; i++)
            {
                if (!counts.TryGetValue(words.Lower[i], out var tags))
                {
                    counts.Add(words.Lower[i], tags = []);
                }

                tags[sentence.Tags[i]] = tags.GetValueOrDefault(sentence.Tags[i]) + 1;
            }
        }

        var entries = new List<KeyValuePair<ulong, ulong>>();
        foreach (var (word, tags) in counts)
        {
            var total = tags.Values.Sum();
            if (total < options.AmbiguityMinCount)
            {
                continue;
            }

            var hash = FeatureHash.Text("<class>");
            foreach (var tag in tags.Where(t => t.Value >= AmbiguityShare * total).Select(t => t.Key).Order())
            {
                hash = FeatureHash.Combine(hash, FeatureHash.Value(tag));
            }

            entries.Add(new KeyValuePair<ulong, ulong>(word, hash));
        }

        return new HashMap64(entries);
    }

    private static int ArgMax(float[] scores)
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
}
