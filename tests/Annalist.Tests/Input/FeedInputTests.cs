using Annalist.Input;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Input;

public sealed class FeedInputTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Korea Herald</title><link>https://www.koreaherald.com</link>
        <item><title>Seoul says Russia armed North Korea</title><link>https://example.com/a</link><guid>a-1</guid>
        <pubDate>Fri, 22 Nov 2024 08:30:00 +0900</pubDate>
        <content:encoded><![CDATA[<p>Russia supplied <b>anti-aircraft</b> missiles to North Korea.</p><p>Shin Won-sik said so on Friday.</p>]]></content:encoded></item>
        <item><title>Second</title><link>https://example.com/b</link><dc:date>2024-11-23T10:00:00Z</dc:date>
        <description>Plain description &amp; more.</description><source url="https://yna.co.kr/rss">Yonhap</source></item><item><title></title><description></description></item>
        </channel></rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>KCNA Watch</title>
        <entry><title>Kim accuses US</title><link rel="alternate" href="https://example.org/kim"/><id>tag:example.org,2024:1</id>
        <published>2024-11-22T06:00:00+09:00</published><summary type="html">&lt;p&gt;Kim Jong Un accused the United States of increasing tension.&lt;/p&gt;</summary></entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_articles_with_headline_url_date_and_outlet()
    {
        using var dir = new TempDirectory();
        var records = new InputReader().ReadFile(dir.File("korea.rss", Rss), "korea").ToList();
        Assert.Equal(3, records.Count);
        var first = records[0].Document!;
        Assert.Equal("Seoul says Russia armed North Korea\n\nRussia supplied anti-aircraft missiles to North Korea.\n\nShin Won-sik said so on Friday.", first.Text);
        Assert.Equal(("a-1", "https://example.com/a", "Korea Herald", new DateOnly(2024, 11, 22)), (first.Metadata.Id, first.Metadata.Url, first.Metadata.Source, first.Metadata.PublicationDate!.Value));
        var second = records[1].Document!;
        Assert.Equal(("Yonhap", new DateOnly(2024, 11, 23), "Second\n\nPlain description & more."), (second.Metadata.Source, second.Metadata.PublicationDate!.Value, second.Text));
        Assert.Null(records[2].Document);
        Assert.Contains("neither title nor text", records[2].Problems.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_and_directories_of_feeds_are_read()
    {
        using var dir = new TempDirectory();
        dir.File("feeds/kcna.atom", Atom);
        dir.File("feeds/korea.xml", Rss);
        var records = new InputReader().Read([Path.Combine(dir.Path, "feeds")]).ToList();
        Assert.Equal(4, records.Count);
        var kim = records[0].Document!;
        Assert.Equal(("https://example.org/kim", "KCNA Watch", new DateOnly(2024, 11, 22)), (kim.Metadata.Url, kim.Metadata.Source, kim.Metadata.PublicationDate!.Value));
        Assert.EndsWith("Kim Jong Un accused the United States of increasing tension.", kim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<rss><channel><item><title>x</title></item>", "malformed feed XML")]
    [InlineData("<html><body>not a feed</body></html>", "not an RSS or Atom feed")]
    public void A_broken_or_foreign_file_is_a_located_problem(string xml, string message)
    {
        using var dir = new TempDirectory();
        var records = new InputReader().ReadFile(dir.File("bad.xml", xml), "bad").ToList();
        Assert.Contains(records, r => r.Document is null && r.Problems.Any(p => p.Message.Contains(message, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_feed_with_a_dtd_is_refused_at_the_doctype_line_in_plain_words()
    {
        using var dir = new TempDirectory();
        var path = dir.File("dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><item><title>&x;</title></item></channel></rss>");
        var problem = Assert.Single(Assert.Single(new InputReader().ReadFile(path, "dtd")).Problems);
        Assert.Equal(2, problem.Location.Line);
        Assert.StartsWith("the feed declares a DTD", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("XmlReaderSettings", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fri, 22 Nov 2024 08:30:00 GMT", "2024-11-22")]
    [InlineData("22 Nov 2024 08:30 EST", "2024-11-22")]
    [InlineData("Sat, 1 Jun 24 00:00:00 +0200", "2024-06-01")]
    [InlineData("2024-11-22T06:00:00+09:00", "2024-11-22")]
    public void Feed_dates_are_read(string text, string expected)
    {
        Assert.True(FeedInput.TryParseFeedDate(text, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
