using Annalist.Storage.Query;

namespace Annalist.Tests.Storage;

public sealed class TextQueryTests
{
    [Theory]
    [InlineData("missiles", "(\"missiles\")")]
    [InlineData("anti-aircraft missiles", "(\"anti-aircraft\") AND (\"missiles\")")]
    [InlineData("\"North Korea\" OR Pyongyang", "(\"North Korea\" OR \"Pyongyang\")")]
    [InlineData("troops -Ukraine -\"South Korea\"", "(\"troops\") NOT \"Ukraine\" NOT \"South Korea\"")]
    [InlineData("say \"he said \"\"no\"", "(\"say\") AND (\"he said\") AND (\"no\")")]
    [InlineData("U.S. NOT", "(\"U.S.\") AND (\"NOT\")")]
    public void Queries_become_fts5_with_every_phrase_quoted(string query, string fts5) =>
        Assert.Equal(fts5, TextQuery.Parse(query).ToFts5());

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-Ukraine")]
    [InlineData("\"\" ---")]
    public void A_query_with_nothing_to_find_is_refused(string query) =>
        Assert.Throws<FormatException>(() => TextQuery.Parse(query));
}
