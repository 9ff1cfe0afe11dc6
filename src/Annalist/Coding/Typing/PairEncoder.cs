namespace Annalist.Coding.Typing;

/// <summary>
/// The event model's input for one candidate pair: the sentence's word pieces with the actor between
/// <c>@</c> marks and the recipient between <c>#</c> marks, cut to a window of at most
/// <see cref="MaxPieces"/> pieces around the marks, between [CLS] and [SEP]; and the positions of the two
/// opening marks (the recipient's is 0, [CLS], when the event has none). Mirrors encode_pair in
/// scripts/train/wordpiece.py.
/// </summary>
public sealed class PairEncoder(WordPieceTokenizer tokenizer, int maxPieces = PairEncoder.MaxPieces)
{
    public const int MaxPieces = 64;

    private readonly int sourceMark = tokenizer.Id("@");
    private readonly int targetMark = tokenizer.Id("#");

    /// <summary>Encodes <paramref name="text"/> with the actor at <paramref name="source"/> and the recipient at <paramref name="target"/> (offsets into the text).</summary>
    public EncodedPair Encode(string text, (int Start, int End) source, (int Start, int End)? target)
    {
        Span<(int Offset, bool Closing, bool Source)> cuts = stackalloc (int, bool, bool)[4];
        var count = 0;
        cuts[count++] = (source.Start, false, true);
        cuts[count++] = (source.End, true, true);
        if (target is { } t)
        {
            cuts[count++] = (t.Start, false, false);
            cuts[count++] = (t.End, true, false);
        }

        cuts = cuts[..count];
        cuts.Sort((a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Closing.CompareTo(a.Closing));
        var ids = new List<int>(maxPieces + 16);
        int sourceAt = -1, targetAt = -1, position = 0;
        foreach (var (offset, closing, isSource) in cuts)
        {
            tokenizer.Encode(text.AsSpan(position, offset - position), ids);
            if (!closing && isSource && sourceAt < 0)
            {
                sourceAt = ids.Count;
            }
            else if (!closing && !isSource && targetAt < 0)
            {
                targetAt = ids.Count;
            }

            ids.Add(isSource ? sourceMark : targetMark);
            position = offset;
        }

        tokenizer.Encode(text.AsSpan(position), ids);
        var budget = maxPieces - 2;
        var start = 0;
        var length = ids.Count;
        if (ids.Count > budget)
        {
            var first = targetAt >= 0 ? Math.Min(sourceAt, targetAt) : sourceAt;
            var last = Math.Max(sourceAt, targetAt);
            var span = last - first + 1;
            start = first - Math.Max(0, (budget - span) / 2);   // integer division of a non-negative number, as Python's //
            start = Math.Max(0, Math.Min(start, ids.Count - budget));
            start = Math.Min(start, first);
            length = budget;
        }

        var pieces = new long[length + 2];
        pieces[0] = tokenizer.Classify;
        for (var i = 0; i < length; i++)
        {
            pieces[i + 1] = ids[start + i];
        }

        pieces[^1] = tokenizer.Separator;
        var s = Math.Min(sourceAt - start + 1, pieces.Length - 2);
        var r = targetAt >= 0 ? Math.Min(targetAt - start + 1, pieces.Length - 2) : 0;
        return new EncodedPair(pieces, s, r);
    }
}

/// <summary>Word-piece ids of one marked pair and the positions of its actor and recipient marks.</summary>
public sealed record EncodedPair(long[] Pieces, int SourceMark, int TargetMark);
