using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>What an accusation alleges is alleged, and claimed by the accuser, however the parse hangs it.</summary>
public sealed class AllegationTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Sudan accused the United Arab Emirates of arming Eritrea.", "ARE", "ERI", "SDN")]
    [InlineData("The United States accused North Korea of supplying weapons to Russia.", "PRK", "RUS", "USA")]
    public void The_act_an_accusation_alleges_is_alleged_by_the_accuser(string text, string actor, string recipient, string accuser)
    {
        // The parse hung "of arming" from the accused ("the United Arab Emirates") and read "supplying" as an adjective of
        // "weapons": the arming stood as a plain fact (which the model then read as the accusation), the supply not at all.
        var act = Assert.Single(FullPipeline.Code(text, Published), e => e.Actor.Country == actor);
        Assert.Equal(recipient, act.Recipient?.Country);
        Assert.Equal(EventStatus.Alleged, act.Status);
        Assert.Contains(act.ClaimedBy, c => c.Country == accuser);
    }
}
