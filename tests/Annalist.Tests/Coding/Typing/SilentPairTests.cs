using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// Which pairs of a sentence no rule coded the model may type (<see cref="PairFinder.SentencePairs"/>), and the lower
/// threshold a pair of two political parties needs (<see cref="TypingThresholds.SilentPolitical"/>): the model reads a
/// relation into any two parties, and most pairs of business, sports and speech sentences state none.
/// </summary>
public sealed class SilentPairTests
{
    private static (Document Document, IReadOnlyList<ActorMention> Actors) Coded(string text)
    {
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t", PublicationDate = new DateOnly(2024, 11, 22) }));
        return (document, document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0]);
    }

    private static List<(string Actor, string Recipient)> Pairs(string text)
    {
        var (document, actors) = Coded(text);
        string Text(ActorMention m) => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End];
        return PairFinder.SentencePairs(document, document.Sentences[0], actors, withOpen: false).Select(p => (Text(p.Actor), Text(p.Recipient))).ToList();
    }

    [Fact]
    public void A_nationality_adjective_of_a_thing_no_mention_names_is_no_party()
    {
        // "the French index" is an index, not France; "Japanese and Australian armies" are armies of two countries.
        Assert.Empty(Pairs("The French index gained 3 percent and the German index fell."));
    }

    [Fact]
    public void A_town_in_a_locative_phrase_is_where_the_act_happens_not_a_party()
    {
        var pairs = Pairs("Kenya is a neighbour of Uganda, the minister said in Nairobi.");
        Assert.Contains(("Kenya", "Uganda"), pairs);
        Assert.DoesNotContain(pairs, p => p.Recipient == "Nairobi" || p.Actor == "Nairobi");
    }

    [Fact]
    public void A_country_and_a_party_of_its_own_are_no_pair()
    {
        var pairs = Pairs("France is a partner of the French government and of Germany.");
        Assert.Contains(("France", "Germany"), pairs);
        Assert.DoesNotContain(pairs, p => p.Recipient.Contains("government", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kenya is a neighbour of Uganda.", "Kenya", true)]
    [InlineData("The Kenyan police are a neighbour of Uganda.", "Kenyan police", true)]
    [InlineData("Boeing is a supplier of Ryanair.", "Boeing", false)]
    [InlineData("Houston is a rival of Dallas.", "Houston", false)]
    public void Political_parties_are_states_and_actors_of_political_sectors_not_towns_or_companies(string text, string mention, bool political)
    {
        var (document, actors) = Coded(text);
        var found = Assert.Single(actors, m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End] == mention);
        Assert.Equal(political, PairFinder.IsPolitical(document, found));
    }

    [SkippableTheory]
    [InlineData("Kenya is a neighbour of Uganda.", true)]
    [InlineData("Boeing is a supplier of Ryanair.", false)]
    public void A_silent_pair_of_two_political_parties_needs_only_the_political_threshold(string text, bool coded)
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");
        var (model, types) = PipelineFactory.DefaultTyping!.Value;
        var (document, _) = Coded(text);
        var stage = PipelineFactory.TypingStage(model, types);
        var candidates = stage.Candidates(document);
        Assert.NotEmpty(candidates.Silent);

        // Every pair "typed" SUPPORT at 0.8: below the silent threshold, above the political one.
        var probabilities = ModelAnswers.Every(model, candidates, "SUPPORT", 0.8f);
        var thresholds = new TypingThresholds(Overrule: 0.7, Silent: 0.9, Complete: 0.4) { SilentPolitical = 0.7 };
        var typed = stage.Apply(document, candidates, probabilities, thresholds).Where(e => e.EventType == "SUPPORT").ToList();
        Assert.Equal(coded, typed.Count > 0);
        Assert.All(typed, e => Assert.Contains("silent_political", e.Explain!.Actor, StringComparison.Ordinal));
        Assert.Empty(stage.Apply(document, candidates, probabilities, thresholds with { SilentPolitical = 0.9 }));
    }
}
