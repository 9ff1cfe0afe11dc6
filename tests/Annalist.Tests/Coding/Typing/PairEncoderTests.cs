using Annalist.Coding.Typing;

namespace Annalist.Tests.Coding.Typing;

/// <summary>The model's input: marks around the pair, a window around the marks when the sentence is long.</summary>
public sealed class PairEncoderTests
{
    private static readonly WordPieceTokenizer Tokenizer = new(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "@", "#", "a", "b", "c", "x"]);

    [Fact]
    public void The_actor_is_marked_with_at_signs_and_the_recipient_with_hashes()
    {
        var pair = new PairEncoder(Tokenizer).Encode("a b c", (0, 1), (4, 5));
        Assert.Equal([2L, 4, 6, 4, 7, 5, 8, 5, 3], pair.Pieces);
        Assert.Equal(1, pair.SourceMark);
        Assert.Equal(5, pair.TargetMark);
    }

    [Fact]
    public void Without_a_recipient_its_mark_position_is_the_classification_token()
    {
        var pair = new PairEncoder(Tokenizer).Encode("x a", (2, 3), null);
        Assert.Equal([2L, 9, 4, 6, 4, 3], pair.Pieces);
        Assert.Equal(2, pair.SourceMark);
        Assert.Equal(0, pair.TargetMark);
    }

    [Fact]
    public void A_long_sentence_is_cut_to_a_window_centred_on_the_marks()
    {
        var text = string.Join(' ', Enumerable.Repeat("x", 20)) + " a b " + string.Join(' ', Enumerable.Repeat("x", 20));
        var a = text.IndexOf('a', StringComparison.Ordinal);
        var pair = new PairEncoder(Tokenizer, maxPieces: 10).Encode(text, (a, a + 1), (a + 2, a + 3));
        Assert.Equal(10, pair.Pieces.Length);
        Assert.Equal([2L, 9, 9, 4, 6, 4, 5, 7, 5, 3], pair.Pieces);
        Assert.Equal(3, pair.SourceMark);
        Assert.Equal(6, pair.TargetMark);
    }
}
