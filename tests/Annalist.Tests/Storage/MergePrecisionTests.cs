using Annalist.Storage.Merging;
using Xunit.Abstractions;

namespace Annalist.Tests.Storage;

/// <summary>
/// Scores the default merge rule on the hand-labelled pairs in Specs/merge-pairs.jsonl (reports from
/// ../shared/data/news articles, the seed and example articles, and synthetic rewrites). The figures
/// are in docs/storage.md; this test keeps them from getting worse unnoticed.
/// </summary>
public sealed class MergePrecisionTests(ITestOutputHelper output)
{
    private static readonly string PairsPath = Path.Combine(AppContext.BaseDirectory, "Specs", "merge-pairs.jsonl");

    [Fact]
    public void The_default_rule_is_precise_on_the_labelled_pairs()
    {
        var pairs = MergeEvaluation.Load(PairsPath);
        var score = MergeEvaluation.Score(pairs, MergeRule.Default);
        output.WriteLine(score.ToString());
        foreach (var (pair, decision) in score.Errors)
        {
            output.WriteLine($"{pair.Id} labelled {(pair.Same ? "same" : "different")}, rule: {decision.Reason} — {pair.Note}");
        }

        Assert.True(pairs.Count >= 60, "the labelled set has shrunk");
        Assert.True(pairs.Count(p => p.Same) >= 30 && pairs.Count(p => !p.Same) >= 30, "the labelled set is unbalanced");
        Assert.True(score.Precision >= 0.90, score.ToString());
        Assert.True(score.Recall >= 0.85, score.ToString());
    }

    [Fact]
    public void Every_pair_compares_reports_from_different_articles()
    {
        foreach (var pair in MergeEvaluation.Load(PairsPath))
        {
            Assert.NotEqual(pair.A.Document, pair.B.Document);
        }
    }
}
