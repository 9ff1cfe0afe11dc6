namespace Annalist.Tests.Knowledge;

/// <summary>
/// A common word is no actor on its own, though a leader's surname or a country's alternate name is that word:
/// "on Friday" is not Saint Vincent's prime minister Godwin Friday, "Island" not Iceland, "Mann" not the Isle of Man.
/// The full names still are.
/// </summary>
public sealed class CommonWordNamesTests
{
    [Theory]
    [InlineData("Friday")]
    [InlineData("Store")]
    [InlineData("Island")]
    [InlineData("Mann")]
    public void A_common_word_alone_names_no_actor(string word) =>
        Assert.Empty(ShippedKnowledge.Value.Actors.Lookup(word, new DateOnly(2026, 5, 5)));

    [Theory]
    [InlineData("Godwin Friday", "VCTGOV")]
    [InlineData("Iceland", "ISL")]
    [InlineData("Isle of Man", "IMN")]
    public void The_full_name_still_does(string name, string code) =>
        Assert.Equal(code, ShippedKnowledge.Value.Actors.Lookup(name, new DateOnly(2026, 5, 5))[0].Code.Value);
}
