using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

public sealed class LemmaRuleTests
{
    [Theory]
    [InlineData("supplied", "supply")]
    [InlineData("sent", "send")]
    [InlineData("accused", "accuse")]
    [InlineData("went", "go")]
    [InlineData("Troops", "troop")]
    [InlineData("Bush", "Bush")]
    [InlineData("I", "I")]
    public void A_learned_rule_reproduces_its_lemma(string form, string lemma)
    {
        var rule = LemmaRule.Learn(form, lemma);
        Assert.Equal(lemma, rule.Apply(form));
    }

    [Fact]
    public void A_rule_generalises_to_words_with_the_same_ending()
    {
        var rule = LemmaRule.Learn("supplied", "supply");
        Assert.Equal("deny", rule.Apply("denied"));
        Assert.Equal("carry", rule.Apply("Carried"));
    }

    [Fact]
    public void Case_is_kept_for_proper_nouns()
    {
        var rule = LemmaRule.Learn("Russia", "Russia");
        Assert.False(rule.Lower);
        Assert.Equal("Pyongyang", rule.Apply("Pyongyang"));
    }
}
