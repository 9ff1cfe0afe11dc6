using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Knowledge.Actors;

namespace Annalist.Tests.Coding;

public sealed class DiscourseContextTests
{
    private static ActorMention State(string country, int token) =>
        new(new TokenRange(token, token + 1), country, country, string.Empty, ActorMention.State, $"test:{country}");

    [Fact]
    public void The_articles_country_is_the_one_its_actors_are_of_most_often_not_the_last_one_listed()
    {
        var discourse = new DiscourseContext();
        discourse.Add(State("GBR", 0), 0, subject: true);
        discourse.Add(State("GBR", 5), 1, subject: false);
        discourse.Add(State("AFG", 3), 2, subject: false);
        discourse.Add(State("YEM", 4), 2, subject: false);
        Assert.Equal("GBR", discourse.RecentCountry());
    }

    [Fact]
    public void On_a_tie_the_most_recent_country_wins_and_an_article_without_countries_has_none()
    {
        var discourse = new DiscourseContext();
        Assert.Null(discourse.RecentCountry());
        discourse.Add(State("ISR", 0), 0, subject: false);
        discourse.Add(State("SYR", 2), 0, subject: false);
        Assert.Equal("SYR", discourse.RecentCountry());
    }
}
