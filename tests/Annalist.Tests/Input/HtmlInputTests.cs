using Annalist.Input;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Input;

public sealed class HtmlInputTests
{
    private const string Page = """
        <!doctype html>
        <html lang="en"><head>
          <title>Seoul says Russia sent missiles | Example News</title>
          <meta property="og:title" content="Seoul says Russia sent missiles to Pyongyang">
          <meta property="article:published_time" content="2024-11-22T09:15:00+09:00">
          <script>var tracking = "Do not read me";</script>
        </head><body>
          <nav><ul><li>Home</li><li>World</li></ul></nav>
          <div class="cookie-banner">We use cookies.</div>
          <article>
            <h1>Seoul says Russia sent missiles to Pyongyang</h1>
            <p class="byline">By A. Reporter</p>
            <p>Russia supplied anti-aircraft missiles to North Korea, South Korea's national security director said on Friday.</p>
            <p>The missiles were sent to reinforce Pyongyang's air defence, he told SBS.</p>
            <aside>Related: Other stories</aside>
          </article>
          <footer>Copyright Example News</footer>
        </body></html>
        """;

    [Fact]
    public void The_main_text_title_and_date_come_from_the_page_and_boilerplate_is_dropped()
    {
        using var dir = new TempDirectory();
        var path = dir.File("story.html", Page);
        var record = Assert.Single(new InputReader().Read([path]));
        var document = Assert.IsType<Annalist.Documents.Document>(record.Document);
        Assert.Equal(new DateOnly(2024, 11, 22), document.Metadata.PublicationDate);
        Assert.Equal("Seoul says Russia sent missiles to Pyongyang", document.Metadata.Title);
        Assert.StartsWith("Seoul says Russia sent missiles to Pyongyang\n\nRussia supplied", document.Text, StringComparison.Ordinal);
        Assert.Contains("he told SBS.", document.Text, StringComparison.Ordinal);
        foreach (var junk in new[] { "cookies", "Home", "Related", "Copyright", "tracking", "By A. Reporter" })
        {
            Assert.DoesNotContain(junk, document.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_page_without_text_is_a_located_problem()
    {
        using var dir = new TempDirectory();
        var path = dir.File("empty.html", "<html><body><nav>menu</nav></body></html>");
        var record = Assert.Single(new InputReader().Read([path]));
        Assert.Null(record.Document);
        Assert.Contains("no article text", record.Problems[0].Message, StringComparison.Ordinal);
    }
}
