using System.Text.Json;
using Annalist.Documents;
using Annalist.Tests.TestSupport;
using Annalist.Text;

namespace Annalist.Tests.Text;

/// <summary>On real news, no sentence may end inside a number or word, or right after a title abbreviation.</summary>
public sealed class NewsSegmentationTests
{
    private static readonly string[] Titles = ["Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Rep.", "Gov.", "Sept.", "Jan.", "Feb.", "Aug.", "Oct.", "Nov.", "Dec.", "St.", "Prof.", "Capt.", "Maj."];

    [SkippableTheory]
    [InlineData("data/news/meantime-en.jsonl")]
    [InlineData("data/news/gum-news-interview-speech.jsonl")]
    public void No_sentence_ends_inside_a_token_run_or_after_a_title(string file)
    {
        var path = SharedData.Require(file);
        var stage = new TextSegmentationStage();
        var problems = new List<string>();
        var sentences = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            var document = new Document(text, new DocumentMetadata { Id = json.RootElement.GetProperty("id").GetString()! });
            stage.Process(document);
            foreach (var sentence in document.Sentences.SkipLast(1))
            {
                sentences++;
                var last = sentence.Tokens.End - 1;
                var form = document.Form(last);
                if (document.NoSpaceAfter(last) && char.IsLetterOrDigit(document.Form(last + 1)[0]) && char.IsLetterOrDigit(form[^1]))
                {
                    problems.Add($"{document.Metadata.Id}: split inside '{form}{document.Form(last + 1)}'");
                }

                if (Titles.Contains(form))
                {
                    problems.Add($"{document.Metadata.Id}: split after title '{form}' before '{document.Form(last + 1)}'");
                }
            }
        }

        Assert.True(sentences > 1000, $"only {sentences} sentences read");
        Assert.Empty(problems);
    }
}
