namespace Annalist.Syntax;

/// <summary>
/// A configuration of the arc-eager transition system with the root placed at the end of the buffer
/// (Ballesteros and Nivre 2013): a stack, a buffer front, and the arcs built so far, plus the
/// leftmost and rightmost children, valencies and child label sets that the feature templates read.
/// Words are 0..n-1; the root is word n. Reused across sentences by one thread. Arcs only ever touch
/// words up to the buffer front, so the entries after it are always as <see cref="Reset"/> left them,
/// which lets <see cref="CopyFrom"/> (beam search) copy only the part of the sentence already read.
/// </summary>
internal sealed class ArcEagerState
{
    public int Length { get; private set; }

    /// <summary>The artificial root's index (== the number of words).</summary>
    public int Root => Length;

    public int[] Stack { get; private set; } = new int[64];

    public int StackCount { get; private set; }

    /// <summary>Front of the buffer; the buffer is Buffer..Root.</summary>
    public int Buffer { get; private set; }

    public int[] Heads { get; private set; } = new int[65];

    public int[] Labels { get; private set; } = new int[65];

    public int[] LeftChild { get; private set; } = new int[65];

    public int[] LeftChild2 { get; private set; } = new int[65];

    public int[] RightChild { get; private set; } = new int[65];

    public int[] RightChild2 { get; private set; } = new int[65];

    public int[] LeftCount { get; private set; } = new int[65];

    public int[] RightCount { get; private set; } = new int[65];

    public ulong[] LeftLabels { get; private set; } = new ulong[65];

    public ulong[] RightLabels { get; private set; } = new ulong[65];

    public bool IsTerminal => Buffer == Root && StackCount == 0;

    public int S0 => StackCount > 0 ? Stack[StackCount - 1] : -1;

    public int S1 => StackCount > 1 ? Stack[StackCount - 2] : -1;

    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            var size = Math.Max(length + 1, Heads.Length * 2);
            Stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            LeftChild = new int[size];
            LeftChild2 = new int[size];
            RightChild = new int[size];
            RightChild2 = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
        }

        Length = length;
        StackCount = 0;
        Buffer = 0;
        for (var i = 0; i <= length; i++)
        {
            Heads[i] = -1;
            Labels[i] = -1;
            LeftChild[i] = LeftChild2[i] = RightChild[i] = RightChild2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    /// <summary>
    /// Makes this state equal to <paramref name="source"/>, a state of the same sentence; this one must
    /// have been <see cref="Reset"/> for it (or copied from a state that was). Copies the stack and the
    /// words up to the source's buffer front, and restores the words after it that this state had read.
    /// </summary>
    public void CopyFrom(ArcEagerState source)
    {
        var read = source.Buffer + 1;
        var stale = Buffer + 1;
        source.Stack.AsSpan(0, source.StackCount).CopyTo(Stack);
        source.Heads.AsSpan(0, read).CopyTo(Heads);
        source.Labels.AsSpan(0, read).CopyTo(Labels);
        source.LeftChild.AsSpan(0, read).CopyTo(LeftChild);
        source.LeftChild2.AsSpan(0, read).CopyTo(LeftChild2);
        source.RightChild.AsSpan(0, read).CopyTo(RightChild);
        source.RightChild2.AsSpan(0, read).CopyTo(RightChild2);
        source.LeftCount.AsSpan(0, read).CopyTo(LeftCount);
        source.RightCount.AsSpan(0, read).CopyTo(RightCount);
        source.LeftLabels.AsSpan(0, read).CopyTo(LeftLabels);
        source.RightLabels.AsSpan(0, read).CopyTo(RightLabels);
        if (stale > read)
        {
            var count = stale - read;
            Heads.AsSpan(read, count).Fill(-1);
            Labels.AsSpan(read, count).Fill(-1);
            LeftChild.AsSpan(read, count).Fill(-1);
            LeftChild2.AsSpan(read, count).Fill(-1);
            RightChild.AsSpan(read, count).Fill(-1);
            RightChild2.AsSpan(read, count).Fill(-1);
            LeftCount.AsSpan(read, count).Clear();
            RightCount.AsSpan(read, count).Clear();
            LeftLabels.AsSpan(read, count).Clear();
            RightLabels.AsSpan(read, count).Clear();
        }

        StackCount = source.StackCount;
        Buffer = source.Buffer;
    }

    public bool CanShift => Buffer < Root;

    public bool CanReduce => StackCount > 0 && Heads[S0] >= 0;

    public bool CanLeftArc => StackCount > 0 && Heads[S0] < 0;

    public bool CanRightArc => StackCount > 0 && Buffer < Root;

    public void Apply(int move, int labelCount)
    {
        var kind = Moves.Kind(move, labelCount);
        switch (kind)
        {
            case Moves.Shift:
                Stack[StackCount++] = Buffer++;
                break;
            case Moves.Reduce:
                StackCount--;
                break;
            case Moves.LeftArc:
                AddArc(Buffer, Stack[--StackCount], Moves.Label(move, labelCount));
                break;
            default:
                AddArc(S0, Buffer, Moves.Label(move, labelCount));
                Stack[StackCount++] = Buffer++;
                break;
        }
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = label < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (LeftChild[head] < 0 || dependent < LeftChild[head])
            {
                LeftChild2[head] = LeftChild[head];
                LeftChild[head] = dependent;
            }
            else if (LeftChild2[head] < 0 || dependent < LeftChild2[head])
            {
                LeftChild2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > RightChild[head])
            {
                RightChild2[head] = RightChild[head];
                RightChild[head] = dependent;
            }
            else if (dependent > RightChild2[head])
            {
                RightChild2[head] = dependent;
            }
        }
    }
}
