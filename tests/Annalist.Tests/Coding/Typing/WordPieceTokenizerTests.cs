using Annalist.Coding.Typing;

namespace Annalist.Tests.Coding.Typing;

/// <summary>BERT's uncased tokenisation and WordPiece, on a tiny hand-made vocabulary.</summary>
public sealed class WordPieceTokenizerTests
{
    private static readonly WordPieceTokenizer Tokenizer = new(
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "@", "#", ",", ".", "'", "iran", "condemned", "the", "un", "##ited", "states", "s", "cafe", "新"]);

    private static List<int> Ids(string text)
    {
        var ids = new List<int>();
        Tokenizer.Encode(text, ids);
        return ids;
    }

    [Fact]
    public void Words_are_lower_cased_split_at_punctuation_and_into_longest_pieces()
    {
        Assert.Equal([9, 10, 11, 12, 13, 14, 7], Ids("Iran condemned the United States."));
        Assert.Equal([11, 12, 13, 8, 15], Ids("the UNITED's"));
    }

    [Fact]
    public void Accents_are_stripped_CJK_characters_stand_alone_and_unknown_words_are_one_unknown_piece()
    {
        Assert.Equal([16, 17, 6, 1], Ids("Café新, Xylophone"));
        Assert.Empty(Ids(" \t\u200b "));
    }
}
