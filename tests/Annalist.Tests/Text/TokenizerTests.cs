using Annalist.Documents;
using Annalist.Tests.TestSupport;
using Annalist.Text;

namespace Annalist.Tests.Text;

public sealed class TokenizerTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "tokens.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split("\t=>\t");
            data.Add(parts[0], parts[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_the_spec_says(string input, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Tokenize(input)));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_after_normalisation()
    {
        const string text = "\u201CWe\u2019ll fight,\u201D Kim\u00A0Jong\u2011un said\u200B.";
        var document = new Document(text, new DocumentMetadata { Id = "t" });
        new TextSegmentationStage().Process(document);
        var forms = document.Tokens.Select(t => t.Form).ToList();
        Assert.Equal(["\"", "We", "'ll", "fight", ",", "\"", "Kim", "Jong", "-", "un", "said", "."], forms);
        foreach (var token in document.Tokens)
        {
            Assert.Equal(text.Length, document.NormalizedText.Length);
            Assert.Equal(token.Form.Length, token.Text.Replace("\u200B", string.Empty, StringComparison.Ordinal).Length);
        }

        Assert.Equal("\u2019ll", document[2].Text);
    }

    [Fact]
    public void A_zero_width_character_inside_a_word_stays_in_the_token_but_not_in_its_form()
    {
        var document = new Document("Pyong\u200Byang said.", new DocumentMetadata { Id = "z" });
        new TextSegmentationStage().Process(document);
        Assert.Equal("Pyongyang", document[0].Form);
        Assert.Equal("Pyong\u200Byang", document[0].Text);
    }

    internal static List<string> Tokenize(string input)
    {
        var tokens = new List<TextRange>();
        var normalized = TextNormalizer.Normalize(input);
        Tokenizer.Default.Tokenize(normalized, tokens);
        return tokens.Select(r => normalized[r.Start..r.End]).ToList();
    }
}
