using System.Text.Json;

namespace Annalist.Storage.Merging;

/// <summary>
/// Scores a merge rule on hand-labelled pairs (JSON Lines, one pair a line, '#' lines are comments;
/// the set lives in tests/Annalist.Tests/Specs/merge-pairs.jsonl). Each pair is decided on its own,
/// as the store decides a new report against one stored event.
/// </summary>
public static class MergeEvaluation
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledPair> Load(string path)
    {
        var pairs = new List<LabelledPair>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var label = root.GetProperty("label").GetString();
                pairs.Add(new LabelledPair(
                    root.GetProperty("id").GetString()!,
                    label == "same" ? true : label == "different" ? false : throw new FormatException($"label must be same or different, not '{label}'"),
                    root.GetProperty("kind").GetString() ?? string.Empty,
                    root.GetProperty("note").GetString() ?? string.Empty,
                    root.GetProperty("a").Deserialize<PairReport>(Json)!,
                    root.GetProperty("b").Deserialize<PairReport>(Json)!));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{number}: {ex.Message}", ex);
            }
        }

        return pairs;
    }

    public static MergeScore Score(IEnumerable<LabelledPair> pairs, MergeRule rule)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var errors = new List<(LabelledPair, MergeDecision)>();
        foreach (var pair in pairs)
        {
            var decision = rule.Decide(pair.A.Key(rule), pair.B.Key(rule));
            switch ((pair.Same, decision.Merge))
            {
                case (true, true):
                    tp++;
                    break;
                case (false, true):
                    fp++;
                    errors.Add((pair, decision));
                    break;
                case (true, false):
                    fn++;
                    errors.Add((pair, decision));
                    break;
                default:
                    tn++;
                    break;
            }
        }

        return new MergeScore(tp, fp, fn, tn, errors);
    }
}
