using Annalist.Documents;
using Annalist.Text;

namespace Annalist.Tests.Text;

public sealed class SentenceSplitterTests
{
    public static TheoryData<string, string[]> Cases()
    {
        var data = new TheoryData<string, string[]>();
        var spec = string.Join('\n', File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "sentences.txt")).Where(l => !l.StartsWith('#')));
        foreach (var block in spec.Split("\n----\n"))
        {
            var text = block.Trim('\n');
            var expected = text.Split("||").Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            data.Add(text.Replace("||", string.Empty, StringComparison.Ordinal), expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_as_the_spec_says(string input, string[] expected)
    {
        Assert.Equal(expected, Split(input));
    }

    [Fact]
    public void A_very_long_run_without_punctuation_is_cut_and_reported()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 10_000));
        var document = new Document(text, new DocumentMetadata { Id = "long" });
        new TextSegmentationStage().Process(document);
        Assert.All(document.Sentences, s => Assert.True(s.Tokens.Count <= SentenceSplitter.MaxTokens));
        Assert.Equal(10_000, document.TokenCount);
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
    }

    internal static string[] Split(string input)
    {
        var document = new Document(input, new DocumentMetadata { Id = "s" });
        new TextSegmentationStage().Process(document);
        return document.Sentences.Select(s => input[s.Range.Start..s.Range.End]).ToArray();
    }
}
