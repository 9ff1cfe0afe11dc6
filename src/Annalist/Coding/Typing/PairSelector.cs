using System.Globalization;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;

namespace Annalist.Coding.Typing;

/// <summary>
/// Which pair of a sentence's actors the sentence is about: a log-linear model over <see cref="PairFeatures"/>, its
/// probabilities a softmax over the sentence's ordered pairs (<see cref="Pairs"/>) and the option that the sentence
/// is about none of them, trained on sentences whose event pair is marked and on sentences of genres that state no
/// political event (<see cref="PairSelectorTraining"/>, <c>annalist train pairs</c>). Its weights are data
/// (<c>pairs.tsv</c> beside the event-typing model: one feature and its weight per line).
/// </summary>
public sealed class PairSelector
{
    public const string FileName = "pairs.tsv";

    /// <summary>At most this many distinct actor mentions of a sentence are paired.</summary>
    public const int MaxMentions = 6;

    private readonly IReadOnlyDictionary<string, double> weights;

    public PairSelector(IReadOnlyDictionary<string, double> weights) => this.weights = weights;

    public int Count => weights.Count;

    /// <summary>The ordered pairs the selector chooses among: distinct parties of the sentence (open actors included), never two mentions of one phrase.</summary>
    public static List<(ActorMention Actor, ActorMention Recipient)> Pairs(Document document, IReadOnlyList<ActorMention> mentions)
    {
        var found = Candidates(mentions);
        var pairs = new List<(ActorMention, ActorMention)>();
        foreach (var a in found)
        {
            foreach (var b in found)
            {
                if (!ReferenceEquals(a, b) && PairFinder.Distinct(a, b) && PairFinder.PhraseHead(document, a.Tokens) != PairFinder.PhraseHead(document, b.Tokens))
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    /// <summary>The sentence's candidate mentions, in order.</summary>
    public static List<ActorMention> Candidates(IReadOnlyList<ActorMention> mentions) =>
        mentions.Where(PairFinder.IsCandidate).DistinctBy(m => m.Tokens).Take(MaxMentions).ToList();

    /// <summary>
    /// The features of each of the sentence's pairs (<see cref="Pairs"/>), given the rule events of the sentence, and
    /// last those of the option that the sentence is about no pair (<see cref="NoneFeatures"/>).
    /// </summary>
    public static List<List<string>> Features(Document document, IReadOnlyList<ActorMention> mentions, IReadOnlyList<(ActorMention Actor, ActorMention Recipient)> pairs, IReadOnlyList<CodedEvent> sentenceEvents)
    {
        var candidates = Candidates(mentions);
        var features = pairs.Select(p => PairFeatures.Of(document, candidates, p.Actor, p.Recipient, sentenceEvents)).ToList();
        features.Add(NoneFeatures(candidates.Count, sentenceEvents.Count > 0));
        return features;
    }

    /// <summary>The features of the option that the sentence states no event between any of its pairs.</summary>
    public static List<string> NoneFeatures(int mentions, bool ruleEvents) =>
        ["none", $"none+mentions={Math.Min(mentions, MaxMentions)}", $"none+rule-events={ruleEvents}"];

    /// <summary>The pair the sentence is about by the selector and its selection probability; null when the sentence has no pair.</summary>
    public (ActorMention Actor, ActorMention Recipient, double P)? Choose(Document document, IReadOnlyList<ActorMention> mentions, IReadOnlyList<CodedEvent> sentenceEvents)
    {
        var pairs = Pairs(document, mentions);
        if (pairs.Count == 0)
        {
            return null;
        }

        var p = Probabilities(Features(document, mentions, pairs, sentenceEvents));
        var best = 0;
        for (var i = 1; i < pairs.Count; i++)
        {
            best = p[i] > p[best] ? i : best; // the last option, no pair, is never chosen: it only takes probability away
        }

        return (pairs[best].Actor, pairs[best].Recipient, p[best]);
    }

    /// <summary>
    /// Whether the typing stage may code a chosen pair as an event of its own: both parties have a code, the actor heads a
    /// clause subject, the path between them crosses no other clause, and the recipient is no role a possessive pronoun owns
    /// (<see cref="PairFinder.OwnedRole"/>; each condition removed news events that read wrong).
    /// </summary>
    public static bool MayCode(Document document, ActorMention actor, ActorMention recipient) =>
        actor.Code.Length > 0 && recipient.Code.Length > 0 && PairFinder.IsClauseSubject(document, actor.Tokens) && !PairFeatures.CrossesClause(document, actor.Tokens, recipient.Tokens)
            && !PairFinder.OnePhrase(document, actor.Tokens, recipient.Tokens) && !PairFinder.OwnedRole(document, recipient);

    /// <summary>The probability of each option (each pair, then no pair) being what the sentence is about: a softmax over them.</summary>
    public double[] Probabilities(IReadOnlyList<List<string>> features)
    {
        var scores = features.Select(Score).ToArray();
        return Softmax(scores);
    }

    public double Score(IEnumerable<string> features)
    {
        var score = 0.0;
        foreach (var f in features)
        {
            if (weights.TryGetValue(f, out var w))
            {
                score += w;
            }
        }

        return score;
    }

    internal static double[] Softmax(double[] scores)
    {
        if (scores.Length == 0)
        {
            return [];
        }

        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }

    public static PairSelector Load(string path)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.LastIndexOf('\t');
            if (tab <= 0 || !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
            {
                throw new DataFileException(path, $"line {number}: expected a feature, a tab and a weight");
            }

            weights[line[..tab]] = w;
        }

        return new PairSelector(weights);
    }

    /// <summary>Writes the weights, largest first, rounded to four decimals; weights that round to zero are left out.</summary>
    public void Save(string path, string header)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header.Split('\n'))
        {
            writer.WriteLine("# " + line);
        }

        foreach (var (feature, weight) in weights.Select(kv => (kv.Key, Math.Round(kv.Value, 4))).Where(x => x.Item2 != 0)
                     .OrderByDescending(x => Math.Abs(x.Item2)).ThenBy(x => x.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"{feature}\t{weight.ToString("0.####", CultureInfo.InvariantCulture)}");
        }
    }
}
