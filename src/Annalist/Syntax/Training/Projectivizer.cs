namespace Annalist.Syntax.Training;

/// <summary>
/// Makes a gold tree projective for the arc-eager oracle by lifting each crossing arc to the head's
/// head until nothing crosses (labels kept). About 1-2% of English UD arcs are non-projective; the
/// parser cannot build them, and training on the lifted tree is the usual choice.
/// </summary>
internal static class Projectivizer
{
    /// <summary>Returns a projective copy of <paramref name="heads"/> (sentence-relative, -1 = root).</summary>
    public static int[] Lift(ReadOnlySpan<int> heads)
    {
        var result = heads.ToArray();
        while (true)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 0; d < result.Length; d++)
            {
                var h = result[d];
                if (h < 0 || IsProjective(result, h, d))
                {
                    continue;
                }

                var length = Math.Abs(h - d);
                if (length < worstLength)
                {
                    (worst, worstLength) = (d, length);
                }
            }

            if (worst < 0)
            {
                return result;
            }

            result[worst] = result[result[worst]];
        }
    }

    /// <summary>An arc is projective when its head dominates every word between head and dependent.</summary>
    private static bool IsProjective(int[] heads, int head, int dependent)
    {
        var (from, to) = head < dependent ? (head + 1, dependent) : (dependent + 1, head);
        for (var k = from; k < to; k++)
        {
            var a = k;
            var steps = 0;
            while (a >= 0 && a != head && steps++ <= heads.Length)
            {
                a = heads[a];
            }

            if (a != head)
            {
                return false;
            }
        }

        return true;
    }
}
