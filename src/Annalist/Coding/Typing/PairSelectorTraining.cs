using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Coding.Typing;

/// <summary>One sentence to learn from: the features of each of its options (its pairs, then no pair) and which of them is right (at least one).</summary>
public sealed record PairSelectionExample(IReadOnlyList<List<string>> Features, IReadOnlyList<bool> Marked);

/// <summary>
/// Trains a <see cref="PairSelector"/>: the marginal log-likelihood of the marked pairs under the softmax over each
/// sentence's pairs, by stochastic gradient descent with L2 decay, in a seeded order (the same data give the same
/// weights). Features seen in fewer than <see cref="Settings.MinCount"/> sentences get no weight.
/// </summary>
public static class PairSelectorTraining
{
    public sealed record Settings
    {
        public int Epochs { get; init; } = 20;

        public double LearningRate { get; init; } = 0.1;

        public double L2 { get; init; } = 1e-4;

        public int MinCount { get; init; } = 2;

        public int Seed { get; init; } = 17;
    }

    /// <summary>The training example of one sentence of a coded document, or null when none of its pairs is the marked one.</summary>
    public static PairSelectionExample? Example(Document document, int sentence, TextRange source, TextRange? target)
    {
        var actors = document.GetExtension<SentenceActors>()?.BySentence;
        if (actors is null || sentence >= actors.Count)
        {
            return null;
        }

        var pairs = PairSelector.Pairs(document, actors[sentence]);
        var marked = pairs.Select(p => document.RangeOf(p.Actor.Tokens).Overlaps(source)
            && (target is not { } t || document.RangeOf(p.Recipient.Tokens).Overlaps(t))).ToList();
        if (!marked.Contains(true))
        {
            return null;
        }

        var events = (document.GetExtension<DocumentEvents>()?.Events ?? []).Where(e => e.SentenceIndex == sentence).ToList();
        marked.Add(false); // the option that the sentence is about no pair
        return new PairSelectionExample(PairSelector.Features(document, actors[sentence], pairs, events), marked);
    }

    /// <summary>
    /// The examples of a coded document that states no event: each sentence with a pair of actors and no rule event,
    /// where the right option is that the sentence is about no pair.
    /// </summary>
    public static IEnumerable<PairSelectionExample> NoneExamples(Document document)
    {
        var actors = document.GetExtension<SentenceActors>()?.BySentence ?? [];
        var events = document.GetExtension<DocumentEvents>()?.Events ?? [];
        for (var s = 0; s < actors.Count; s++)
        {
            var pairs = PairSelector.Pairs(document, actors[s]);
            if (pairs.Count == 0 || events.Any(e => e.SentenceIndex == s))
            {
                continue;
            }

            var features = PairSelector.Features(document, actors[s], pairs, []);
            yield return new PairSelectionExample(features, [.. Enumerable.Repeat(false, pairs.Count), true]);
        }
    }

    public static PairSelector Train(IReadOnlyList<PairSelectionExample> examples, Settings settings)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            foreach (var feature in example.Features.SelectMany(f => f).Distinct())
            {
                counts[feature] = counts.GetValueOrDefault(feature) + 1;
            }
        }

        var index = counts.Where(kv => kv.Value >= settings.MinCount).Select(kv => kv.Key).Order(StringComparer.Ordinal)
            .Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var encoded = examples.Select(e => e.Features.Select(f => f.Where(index.ContainsKey).Select(x => index[x]).ToArray()).ToArray()).ToList();
        var w = new double[index.Count];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(settings.Seed);
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            random.Shuffle(order);
            var rate = settings.LearningRate / (1 + epoch * 0.5);
            foreach (var n in order)
            {
                var pairs = encoded[n];
                var marked = examples[n].Marked;
                var p = PairSelector.Softmax(pairs.Select(f => f.Sum(i => w[i])).ToArray());
                var markedMass = p.Where((_, i) => marked[i]).Sum();
                for (var i = 0; i < pairs.Length; i++)
                {
                    // d(-log sum_marked p)/d score_i = p_i - (marked ? p_i / markedMass : 0)
                    var gradient = p[i] - (marked[i] ? p[i] / markedMass : 0);
                    foreach (var f in pairs[i])
                    {
                        w[f] -= rate * gradient;
                    }
                }

                foreach (var f in pairs.SelectMany(x => x).Distinct())
                {
                    w[f] *= 1 - rate * settings.L2;
                }
            }
        }

        return new PairSelector(index.ToDictionary(kv => kv.Key, kv => w[kv.Value], StringComparer.Ordinal));
    }
}
