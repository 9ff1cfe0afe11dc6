using System.Globalization;
using Annalist.Coding.Dates;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Text;

namespace Annalist.Tests.Coding;

public sealed class TemporalExpressionFinderTests
{
    public static TheoryData<string, string, string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Specs", "dates.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split(" | ");
            data.Add(f[0], f[1], f[2], f[3], f[4]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resolves_against_the_publication_date(string publication, string sentence, string text, string date, string precision)
    {
        var pub = DateOnly.ParseExact(publication, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new Document(sentence, new DocumentMetadata { Id = "d", PublicationDate = pub });
        new TextSegmentationStage().Process(document);
        var found = TemporalExpressionFinder.Find(document, document.Sentences[0], pub);
        var expression = Assert.Single(found);
        Assert.Equal(text, expression.Text);
        Assert.Equal(date, expression.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(precision, EventJson.PrecisionName(expression.Precision));
    }

    [Theory]
    [InlineData("June Carter sang.")]
    [InlineData("The vote was 2,000 to 15.")]
    [InlineData("He may go.")]
    [InlineData("They met on the 22 ships.")]
    public void Does_not_take_names_or_numbers_for_dates(string sentence)
    {
        var document = new Document(sentence, new DocumentMetadata { Id = "d" });
        new TextSegmentationStage().Process(document);
        Assert.Empty(TemporalExpressionFinder.Find(document, document.Sentences[0], new DateOnly(2024, 11, 22)));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-01-03")]
    [InlineData("9999-12-31")]
    public void Dates_at_the_edges_of_the_calendar_code_without_failing(string publication)
    {
        // Issue 18: "yesterday" on 0001-01-01 or "next year" on 9999-12-31 threw inside the coder.
        var pub = DateOnly.ParseExact(publication, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = "Russia attacked Ukraine yesterday. Two days ago Russia shelled Kyiv. Last month Russia met China. "
            + "Russia will visit China next year. Russia will attack Ukraine tomorrow. Russia will meet China next month. "
            + "Russia attacked Ukraine on January 5. Russia attacked Ukraine this weekend. Russia shelled Kyiv on Friday.";
        var events = Annalist.Tests.TestSupport.FullPipeline.Code(text, pub);
        Assert.NotEmpty(events);
        Assert.Contains(events, e => e.Date is not null);
    }
}
