using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Knowledge.Actors;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// A rule event without a recipient takes, when the model is sure, one of the actors its predicate governs; never a
/// party of another clause, and never a second mention inside the actor's own phrase.
/// </summary>
public sealed class RecipientCompletionTests
{
    private static void RequireModel() =>
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");

    [SkippableFact]
    public void The_object_of_a_trigger_phrase_completes_the_rule_event_and_the_record_says_the_model_chose_it()
    {
        RequireModel();
        var rulesOnly = FullPipeline.Code("The Afghan government said it would release 2,000 Taliban fighters next week.");
        Assert.Contains(rulesOnly, e => e.EventType == "AGREE" && e.Recipient is null);

        var events = FullPipeline.Code("The Afghan government said it would release 2,000 Taliban fighters next week.", model: true);
        var agree = Assert.Single(events, e => e.EventType == "AGREE");
        Assert.Contains("fighters", agree.Recipient?.Text);
        Assert.StartsWith("event-typing model", agree.Explain!.Recipient);
    }

    [SkippableFact]
    public void A_party_of_another_clause_is_never_taken_as_the_missing_recipient()
    {
        RequireModel();
        var events = FullPipeline.Code("Congressional lawmakers rejected the proposal in October, although industry experts say the deal had been killed by the Pentagon.", model: true);
        var reject = Assert.Single(events, e => e.EventType == "REJECT" && e.Actor.Text.Contains("lawmakers"));
        Assert.Null(reject.Recipient);
    }

    [Theory]
    [InlineData("Kenyan lawmakers rejected the proposal, although Ugandan officials say the deal had been approved by Tanzania.", "lawmakers", null)]
    [InlineData("Kenya refused to lift its embargo until Uganda frees the prisoners.", "Kenya", "Uganda")]
    public void A_coded_actor_elsewhere_may_complete_an_event_unless_it_acts_in_a_clause_of_its_own(string text, string actor, string? elsewhere)
    {
        // The doer of another clause ("officials say", "approved by Tanzania") is no recipient of this one; the doer of the
        // condition the act waits on ("until Uganda frees") is.
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t" }));
        var e = document.GetExtension<DocumentEvents>()!.Events.First(e => e.Actor.Text.Contains(actor) && e.EventType == "REJECT");
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var found = PairFinder.RecipientsElsewhere(document, e, actors, PairFinder.RecipientCandidates(document, e, actors).ToList()).Select(m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End]).ToList();
        Assert.Equal(elsewhere is null ? [] : [elsewhere], found);
    }

    [Theory]
    [InlineData("Norway sent two inspectors to Kenya to investigate the fire.", "investigate", "Kenya")]
    [InlineData("Kenya sent a group of inspectors to Uganda to investigate the crash.", "investigate", "Uganda")]
    [InlineData("Kenya sent experts from Uganda to investigate the crash.", "investigate", null)]
    public void Where_a_purpose_clause_s_governor_sends_its_parties_is_whom_the_purpose_is_aimed_at(string text, string trigger, string? destination)
    {
        // The investigation is carried out in Kenya, into its fire: a recipient the clause itself does not
        // govern, asked at the completion threshold of the governed ones. Experts sent from Uganda are not sent to it.
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t" }));
        var e = document.GetExtension<DocumentEvents>()!.Events.First(e => e.Evidence.TriggerText == trigger);
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var found = PairFinder.PurposeDestinations(document, e, actors).Select(m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End]).ToList();
        Assert.Equal(destination is null ? [] : [destination], found);
    }

    [SkippableTheory]
    [InlineData("Kenya refused to lift its embargo until Uganda frees the prisoners.", "UGA")]
    [InlineData("Kenya agreed to open its border to let aid convoys reach Somalia.", "SOM")]
    public void The_shipped_model_completes_a_rule_event_with_a_party_elsewhere_in_the_sentence(string text, string recipient)
    {
        RequireModel();
        Assert.Contains(FullPipeline.Code(text), e => e.Actor.Country == "KEN" && e.Recipient is null);
        var completed = FullPipeline.Code(text, model: true).First(e => e.Actor.Country == "KEN");
        Assert.Equal(recipient, completed.Recipient?.Country);
        Assert.Contains("elsewhere in the sentence", completed.Explain!.Recipient, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Uganda will withdraw troops from the border.", "withdraw", false)]
    [InlineData("Kenya decided to send soldiers to the border.", "send", false)]
    [InlineData("The African Union decided to send soldiers to the border.", "send", false)]
    [InlineData("Kenyan police will detain soldiers at the border.", "detain", true)]
    public void Forces_of_no_named_country_complete_no_act_that_moves_them_but_coercion_falls_on_them(string text, string trigger, bool candidate)
    {
        // Withdrawing or sending troops moves one's own forces: what the act is done with, not whom it is done to, as
        // the rules read them (codes.tsv force, falls-on, speaks-to); detained soldiers are whom coercion falls on.
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t" }));
        var e = document.GetExtension<DocumentEvents>()!.Events.First(e => e.Evidence.Trigger.Start <= text.IndexOf(trigger, StringComparison.Ordinal)
            && text.IndexOf(trigger, StringComparison.Ordinal) < e.Evidence.Trigger.End);
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var governed = PairFinder.RecipientCandidates(document, e, actors).ToList();
        var found = governed.Concat(PairFinder.RecipientsElsewhere(document, e, actors, governed)).Any(m => m.Code.EndsWith("MIL", StringComparison.Ordinal));
        Assert.Equal(candidate, found || e.Recipient?.Code.EndsWith("MIL", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Another_person_of_the_actors_code_may_complete_the_event_but_the_actor_named_again_may_not()
    {
        var document = FullPipeline.Instance.Process(new Document("President Jacob Zuma released his deputy Kgalema Motlanthe of his duties.", new DocumentMetadata { Id = "t" }));
        var release = Assert.Single(document.GetExtension<DocumentEvents>()!.Events, e => e.Actor.Text.Contains("Zuma"));
        Assert.Null(release.Recipient);
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var candidates = PairFinder.RecipientCandidates(document, release, actors).ToList();
        var deputy = Assert.Single(candidates);
        Assert.Equal(release.Actor.Code, deputy.Code); // both ZAFGOV: two people of one code are two parties
        Assert.Contains("Motlanthe", document.Text[document.RangeOf(deputy.Tokens).Start..document.RangeOf(deputy.Tokens).End]);
    }

    [Fact]
    public void A_party_of_the_clause_the_trigger_governs_as_its_content_may_complete_the_event()
    {
        var document = FullPipeline.Instance.Process(new Document("The lawyer claimed that the Church of Scientology had imprisoned his client.", new DocumentMetadata { Id = "t" }));
        var claim = Assert.Single(document.GetExtension<DocumentEvents>()!.Events, e => e.EventType == "ACCUSE");
        Assert.Null(claim.Recipient);
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var church = Assert.Single(PairFinder.RecipientCandidates(document, claim, actors));
        Assert.Contains("Scientology", document.Text[document.RangeOf(church.Tokens).Start..document.RangeOf(church.Tokens).End]);
    }

    [Theory]
    [InlineData("Police imposed a night-time curfew across the northern district after the riots.", "the northern district", "")]
    [InlineData("Militants stormed a mosque on Friday.", "a mosque", "")]
    [InlineData("Security forces imposed a curfew across parts of Kashmir.", "parts of Kashmir", "")]
    [InlineData("The opposition boycotted the presidential election.", "the presidential election", "")]
    [InlineData("Students held a rally against the tuition increase on Friday.", "the tuition increase", "")]
    [InlineData("Farmers protested against the new land law.", "the new land law", "")]
    [InlineData("The union rejected wage cuts.", null, null)]
    [InlineData("The minister spoke against the new land law.", null, null)]
    [InlineData("The ministry refused to give any more details.", null, null)]
    public void Places_sites_and_occasions_a_predicate_acts_on_are_objects_and_abstract_things_are_not(string text, string? thing, string? country)
    {
        // acted-on-nouns and the gazetteer's places (Kashmir, disputed, of no one country; "a curfew across parts of Kashmir" is
        // no place), and what a protest is against (protest-words, grievance-prepositions); "wage cuts" and "details" are
        // no one's and nowhere, and speaking against a law is no protest word, so no recipient.
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t" }));
        var objects = document.GetExtension<Annalist.Coding.SentenceActors>()!.Objects[0];
        var found = objects.Select(m => (document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End], m.Code)).ToList();
        Assert.Equal(thing is null ? [] : [(thing, country!)], found);
        Assert.All(objects, m => Assert.True(m.IsUnresolved));
    }

    [SkippableTheory]
    [InlineData("Police imposed a night-time curfew across the northern district after the riots.", "imposed", "the northern district")]
    [InlineData("Rebels seized the oil field near the town.", "seized", "the oil field near the town")]
    [InlineData("Students held a rally against the tuition increase on Friday.", "held", "the tuition increase")]
    public void The_shipped_model_completes_a_rule_event_with_the_place_it_acts_on_when_no_actor_is_there(string text, string trigger, string place)
    {
        RequireModel();
        Assert.Contains(FullPipeline.Code(text), e => e.Evidence.TriggerText.StartsWith(trigger, StringComparison.Ordinal) && e.Recipient is null);
        var completed = Assert.Single(FullPipeline.Code(text, model: true), e => e.Evidence.TriggerText.StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal((place, "unresolved"), (completed.Recipient?.Text, completed.Recipient?.Kind));
        Assert.Contains("places and things the predicate acts on", completed.Explain!.Recipient, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_mentions_of_one_noun_phrase_share_its_head_and_a_mention_of_another_phrase_does_not()
    {
        var document = FullPipeline.Instance.Process(new Document("President Barack Obama's administration said it would not give more aid to Germany.", new DocumentMetadata { Id = "t" }));
        TokenRange Tokens(string words)
        {
            var start = document.Text.IndexOf(words, StringComparison.Ordinal);
            var first = Enumerable.Range(0, document.TokenCount).First(t => document.TokenStart(t) >= start);
            var end = Enumerable.Range(0, document.TokenCount).Last(t => document.TokenEnd(t) <= start + words.Length) + 1;
            return new TokenRange(first, end);
        }

        Assert.Equal(PairFinder.PhraseHead(document, Tokens("Barack Obama")), PairFinder.PhraseHead(document, Tokens("administration")));
        Assert.NotEqual(PairFinder.PhraseHead(document, Tokens("administration")), PairFinder.PhraseHead(document, Tokens("Germany")));
    }

    [Fact]
    public void A_mention_inside_another_mentions_phrase_is_no_second_party_of_a_pair()
    {
        // "Doctors in Kenya" is one party described by where it is; Uganda, the object of the accusation, is another.
        var document = FullPipeline.Instance.Process(new Document("Doctors in Kenya accused Uganda of blocking the shipment.", new DocumentMetadata { Id = "t" }));
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        ActorMention Mention(string text) => actors.First(m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End] == text);
        Assert.True(PairFinder.OnePhrase(document, Mention("Doctors").Tokens, Mention("Kenya").Tokens));
        Assert.False(PairFinder.OnePhrase(document, Mention("Doctors").Tokens, Mention("Uganda").Tokens));
        Assert.DoesNotContain(PairFinder.SentencePairs(document, document.Sentences[0], actors, withOpen: true), p => p.Actor == Mention("Doctors") && p.Recipient == Mention("Kenya"));
    }

    [Theory]
    [InlineData("Kenya is ready to pull its soldiers back from the buffer zone.", "soldiers", true)]
    [InlineData("Kenya recalled their ambassadors from Uganda.", "ambassadors", true)]
    [InlineData("Kenya is ready to pull the police back from the buffer zone.", "police", false)]
    public void A_role_a_possessive_pronoun_owns_is_no_recipient_of_the_act(string text, string role, bool owned)
    {
        // "its troops" are the actor's own people: no recipient the model may complete the act with, nor a silent pair's
        // (forces of no named country are none either: Forces_of_no_named_country_complete_no_act_that_moves_them).
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = "t" }));
        var actors = document.GetExtension<Annalist.Coding.SentenceActors>()!.BySentence[0];
        var mention = actors.First(m => document.Text[document.RangeOf(m.Tokens).Start..document.RangeOf(m.Tokens).End].EndsWith(role, StringComparison.Ordinal));
        Assert.Equal(owned, PairFinder.OwnedRole(document, mention));
        var e = document.GetExtension<DocumentEvents>()!.Events.First(e => e.Actor.Country == "KEN");
        var governed = PairFinder.RecipientCandidates(document, e, actors).ToList();
        Assert.Equal(!owned, governed.Concat(PairFinder.RecipientsElsewhere(document, e, actors, governed)).Contains(mention));
    }

    [Fact]
    public void A_place_a_possessive_pronoun_owns_is_no_recipient_of_the_act()
    {
        // The model completed the launch with "its east coast", the country's own coast, as the party attacked.
        var e = Assert.Single(FullPipeline.Code("North Korea fired a ballistic missile into the sea off its east coast.", new DateOnly(2024, 5, 1), model: true), r => r.Actor.Country == "PRK");
        Assert.Null(e.Recipient);
    }

    [Fact]
    public void A_role_named_only_by_an_adjective_on_a_thing_is_no_recipient_of_the_act()
    {
        // "military logistics" names a kind of expertise, not the army: the exchange was completed with MIL.
        var events = FullPipeline.Code("The Kenyan defence minister agreed with his Ugandan counterpart to exchange expertise on military logistics.", new DateOnly(2024, 5, 1), model: true);
        var exchange = Assert.Single(events, e => e.Cameo == "031");
        Assert.Equal("UGA", exchange.Recipient?.Country);
        Assert.NotEqual("MIL", exchange.Recipient?.Sector);
    }
}
