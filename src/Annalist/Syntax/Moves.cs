namespace Annalist.Syntax;

/// <summary>
/// Encoding of arc-eager transitions as class ids: 0 shift, 1 reduce, 2..L+1 left-arc with label
/// l, L+2..2L+1 right-arc with label l (L labels).
/// </summary>
internal static class Moves
{
    public const int Shift = 0;
    public const int Reduce = 1;
    public const int LeftArc = 2;
    public const int RightArc = 3;

    public static int Count(int labelCount) => 2 + (2 * labelCount);

    public static int Kind(int move, int labelCount) => move < 2 ? move : move < 2 + labelCount ? LeftArc : RightArc;

    public static int Label(int move, int labelCount) => move < 2 ? -1 : move < 2 + labelCount ? move - 2 : move - 2 - labelCount;

    public static int Left(int label) => 2 + label;

    public static int Right(int label, int labelCount) => 2 + labelCount + label;

    /// <summary>Whether the move may be applied; a left-arc from the root must be labelled root, and no other arc may be.</summary>
    public static bool IsValid(ArcEagerState state, int move, int labelCount, int rootLabel)
    {
        switch (Kind(move, labelCount))
        {
            case Shift:
                return state.CanShift;
            case Reduce:
                return state.CanReduce;
            case LeftArc:
                return state.CanLeftArc && (state.Buffer == state.Root) == (Label(move, labelCount) == rootLabel);
            default:
                return state.CanRightArc && Label(move, labelCount) != rootLabel;
        }
    }
}
