using Annalist.Syntax;
using Annalist.Syntax.Training;

namespace Annalist.Tests.Syntax;

public sealed class ArcEagerOracleTests
{
    // Labels: 0 root, 1 nsubj, 2 obj, 3 case, 4 obl, 5 punct.
    private const int Labels = 6;

    public static TheoryData<int[], int[]> ProjectiveTrees() => new()
    {
        // "Russia supplied missiles to Korea ." (heads 0-based, -1 root)
        { [1, -1, 1, 4, 1, 1], [1, 0, 2, 3, 4, 5] },
        // "Troops left ."
        { [1, -1, 1], [1, 0, 5] },
        // A single word.
        { [-1], [0] },
        // "said" last: "Russia supplied missiles , officials said ." (ccomp labelled obj here)
        { [1, 5, 1, 1, 5, -1, 5], [1, 2, 2, 5, 1, 0, 5] },
    };

    [Theory]
    [MemberData(nameof(ProjectiveTrees))]
    public void Following_zero_cost_moves_builds_the_gold_tree(int[] heads, int[] labels)
    {
        var (builtHeads, builtLabels) = FollowOracle(heads, labels, explore: null);
        Assert.Equal(heads.Select(h => h < 0 ? heads.Length : h), builtHeads);
        Assert.Equal(labels, builtLabels);
    }

    [Theory]
    [MemberData(nameof(ProjectiveTrees))]
    public void After_a_wrong_move_a_zero_cost_move_still_exists(int[] heads, int[] labels)
    {
        // Take the first valid costly move whenever there is one, then keep checking that the oracle offers a zero-cost move.
        FollowOracle(heads, labels, explore: 1);
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective()
    {
        // 1->3 crosses 0->2 (word 2, between 1 and 3, is 1's head, not its descendant): 3 is lifted to 2.
        int[] heads = [-1, 2, 0, 1];
        var lifted = Projectivizer.Lift(heads);
        Assert.Equal([-1, 2, 0, 2], lifted);
        Assert.Equal(lifted, Projectivizer.Lift(lifted));
    }

    private static (int[] Heads, int[] Labels) FollowOracle(int[] heads, int[] labels, int? explore)
    {
        var n = heads.Length;
        var gold = heads.Select(h => h < 0 ? n : h).Append(-1).ToArray();
        var state = new ArcEagerState();
        state.Reset(n);
        var costs = new int[Moves.Count(Labels)];
        var steps = 0;
        while (!state.IsTerminal)
        {
            Assert.True(steps++ < 4 * n + 4, "the oracle loops");
            ArcEagerOracle.Costs(state, gold, labels, Labels, 0, costs);
            var zero = Array.IndexOf(costs, 0);
            Assert.True(zero >= 0, "no zero-cost move");
            var costly = explore is null ? -1 : Array.FindIndex(costs, c => c > 0 && c != int.MaxValue);
            state.Apply(costly >= 0 && steps % 2 == 0 ? costly : zero, Labels);
        }

        return (state.Heads[..n], state.Labels[..n]);
    }
}
