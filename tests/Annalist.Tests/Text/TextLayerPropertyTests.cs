using Annalist.Documents;
using Annalist.Text;
using CsCheck;

namespace Annalist.Tests.Text;

/// <summary>Random and adversarial text never breaks the text layer's invariants.</summary>
public sealed class TextLayerPropertyTests
{
    /// <summary>Characters that stress the rules: quotes, dashes, zero-width, surrogates, brackets, digits, periods, line breaks.</summary>
    internal static readonly Gen<string> AdversarialText = Gen.OneOf(
        Gen.String[Gen.Char[" \n\t.,;:!?\"'()[]{}<>-\u2014\u2013\u2019\u201C\u201D\u200B\u00AD\u00A0$%&/#@*_=+~^|\\0123456789aAzZ\u00E9\u4E2D\uD83D\uDE00"], 0, 400],
        Gen.String[Gen.Char, 0, 200],
        Gen.Select(Gen.Int[1, 3000], n => new string('.', n)),
        Gen.Select(Gen.Int[1, 2000], n => string.Concat(Enumerable.Repeat("U.S.-", n))),
        Gen.Select(Gen.Int[1, 2000], n => new string('(', n) + new string(')', n)),
        Gen.Select(Gen.String[Gen.Char.AlphaNumeric, 1, 40].Array[1, 600], words => string.Join(' ', words)));

    [Fact]
    public void Tokens_and_sentences_are_ordered_in_bounds_and_cover_every_token()
    {
        AdversarialText.Sample(text =>
        {
            var document = new Document(text, new DocumentMetadata { Id = "fuzz" });
            new TextSegmentationStage().Process(document);
            var previousEnd = 0;
            for (var t = 0; t < document.TokenCount; t++)
            {
                var range = document.TokenRangeOf(t);
                Assert.True(range.Start >= previousEnd && range.End > range.Start && range.End <= text.Length, $"token {t} {range}");
                Assert.False(string.IsNullOrWhiteSpace(document.Form(t)), $"blank form of token {t} in {System.Text.Json.JsonSerializer.Serialize(text)}");
                previousEnd = range.End;
            }

            var covered = 0;
            foreach (var sentence in document.Sentences)
            {
                Assert.Equal(covered, sentence.Tokens.Start);
                Assert.True(sentence.Tokens.Count is > 0 and <= SentenceSplitter.MaxTokens);
                covered = sentence.Tokens.End;
            }

            Assert.Equal(document.TokenCount, covered);
        }, iter: 400);
    }
}
