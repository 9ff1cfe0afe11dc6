namespace Annalist.Syntax.Training;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager with the root at the end of the
/// buffer: the cost of a move is the number of gold arcs it makes unreachable from the current
/// configuration (plus one for a wrong label on a gold arc). Any configuration, including one reached
/// by the parser's own mistakes, has a zero-cost move when the gold tree is projective, which lets
/// training explore beyond the gold path.
/// </summary>
internal static class ArcEagerOracle
{
    /// <summary>Fills the cost of every move (int.MaxValue when invalid). Gold heads use <c>state.Root</c> for the root.</summary>
    public static void Costs(ArcEagerState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, int labelCount, int rootLabel, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        var root = state.Root;
        var b = state.Buffer;
        var s0 = state.S0;

        if (state.CanShift)
        {
            var cost = 0;
            for (var i = 0; i < state.StackCount; i++)
            {
                var k = state.Stack[i];
                if (goldHeads[b] == k)
                {
                    cost++;
                }

                if (goldHeads[k] == b && state.Heads[k] < 0)
                {
                    cost++;
                }
            }

            costs[Moves.Shift] = cost;
        }

        if (s0 < 0)
        {
            return;
        }

        var s0DependentsInBuffer = 0;
        for (var k = b; k < root; k++)
        {
            if (goldHeads[k] == s0)
            {
                s0DependentsInBuffer++;
            }
        }

        if (state.CanReduce)
        {
            costs[Moves.Reduce] = s0DependentsInBuffer;
        }

        if (state.CanLeftArc)
        {
            var gh = goldHeads[s0];
            var cost = s0DependentsInBuffer + (gh != b && gh > b ? 1 : 0);
            for (var l = 0; l < labelCount; l++)
            {
                var move = Moves.Left(l);
                if (Moves.IsValid(state, move, labelCount, rootLabel))
                {
                    costs[move] = cost + (gh == b && goldLabels[s0] != l ? 1 : 0);
                }
            }
        }

        if (state.CanRightArc)
        {
            var gh = goldHeads[b];
            var cost = gh != s0 && (gh > b || InStack(state, gh)) ? 1 : 0;
            for (var i = 0; i < state.StackCount; i++)
            {
                var k = state.Stack[i];
                if (goldHeads[k] == b && state.Heads[k] < 0)
                {
                    cost++;
                }
            }

            for (var l = 0; l < labelCount; l++)
            {
                var move = Moves.Right(l, labelCount);
                if (l != rootLabel)
                {
                    costs[move] = cost + (gh == s0 && goldLabels[b] != l ? 1 : 0);
                }
            }
        }
    }

    private static bool InStack(ArcEagerState state, int word)
    {
        for (var i = 0; i < state.StackCount; i++)
        {
            if (state.Stack[i] == word)
            {
                return true;
            }
        }

        return false;
    }
}
