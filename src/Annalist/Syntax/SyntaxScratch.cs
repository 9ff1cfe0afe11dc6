namespace Annalist.Syntax;

/// <summary>Per-thread scratch space shared by the syntax stages, so annotating allocates nothing per token.</summary>
internal static class SyntaxScratch
{
    [ThreadStatic]
    private static SentenceWords? words;

    [ThreadStatic]
    private static int[]? heads;

    [ThreadStatic]
    private static int[]? labels;

    public static SentenceWords Words => words ??= new SentenceWords();

    public static Span<int> Heads(int count) => Buffer(ref heads, count);

    public static Span<int> Labels(int count) => Buffer(ref labels, count);

    private static Span<int> Buffer(ref int[]? buffer, int count)
    {
        if (buffer is null || buffer.Length < count)
        {
            buffer = new int[Math.Max(count, 256)];
        }

        return buffer.AsSpan(0, count);
    }
}
