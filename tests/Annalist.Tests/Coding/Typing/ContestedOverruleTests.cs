using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// When the model overrules a rule's type. It types a pair of parties, not a predicate: where another predicate of the
/// sentence links the same two parties, the model may be reading that one, so overruling the rule there takes the higher
/// contested threshold. A rule reading the model finds implausible (its root below the doubt threshold) yields to a less
/// certain root (the doubted threshold), never on a contested event.
/// </summary>
public sealed class ContestedOverruleTests
{
    private const string Text = "North Korea's foreign minister visited Moscow and said North Korea will firmly support Russia. France condemned Germany on Monday.";

    private static readonly TypingThresholds Thresholds = new(Overrule: 0.7, Silent: 1.01, Complete: 1.01) { Contested = 0.9 };

    /// <summary>The two-sentence document typed with every pair given THREATEN at <paramref name="threaten"/> and the rest spread evenly over the other labels.</summary>
    private static Func<TypingThresholds, IReadOnlyList<CodedEvent>> Typed(float threaten)
    {
        var (model, stage, document, candidates) = Prepared(Text, "overrule");
        var probabilities = ModelAnswers.Every(model, candidates, "THREATEN", threaten);
        return thresholds => stage.Apply(document, candidates, probabilities, thresholds);
    }

    /// <summary>The document of <paramref name="text"/> through the shipped pipeline, the typing stage and its candidates (skipped without the model).</summary>
    private static (EventTypeModel Model, EventTypingStage Stage, Document Document, TypingCandidates Candidates) Prepared(string text, string id)
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName)}");
        var (model, types) = PipelineFactory.DefaultTyping!.Value;
        var document = FullPipeline.Instance.Process(new Document(text, new DocumentMetadata { Id = id, PublicationDate = new DateOnly(2024, 11, 22) }));
        var stage = PipelineFactory.TypingStage(model, types);
        return (model, stage, document, stage.Candidates(document));
    }

    private static CodedEvent Event(IReadOnlyList<CodedEvent> typed, string trigger, string actor) =>
        Assert.Single(typed, e => e.Evidence.TriggerText == trigger && e.Actor.Country == actor);

    [SkippableFact]
    public void A_rule_event_whose_parties_another_predicate_also_links_needs_the_contested_threshold_to_be_overruled()
    {
        // Every pair "typed" THREATEN at 0.8: above the overrule threshold, below the contested one.
        var apply = Typed(0.8f);
        var typed = apply(Thresholds);
        Assert.Equal("CONSULT", Event(typed, "visited", "PRK").EventType);
        Assert.Equal(TypeDecision.ByRule, Event(typed, "visited", "PRK").TypedBy!.By);
        Assert.Equal("AGREE", Event(typed, "support", "PRK").EventType);
        Assert.Equal("THREATEN", Event(typed, "visited", "RUS").EventType);
        Assert.Equal("THREATEN", Event(typed, "condemned", "FRA").EventType);

        Assert.All(apply(Thresholds with { Contested = 0.7 }), e => Assert.Equal("THREATEN", e.EventType));
    }

    [SkippableFact]
    public void A_noun_event_another_predicate_acts_on_needs_the_contested_threshold_to_be_overruled()
    {
        // Asked about the aid's parties, the model reads the veto: at 0.8, above the overrule threshold and below the
        // contested one, the aid stays aid; at 0.95 the model's reading stands.
        var (model, stage, document, candidates) = Prepared("Hungary vetoed EU aid to Ukraine.", "vetoed");
        Assert.Contains(candidates.Events, e => e.EventType == "AID");
        var typed = stage.Apply(document, candidates, ModelAnswers.Every(model, candidates, "REJECT", 0.8f), Thresholds);
        var aid = Assert.Single(typed, e => e.Evidence.TriggerText == "aid");
        Assert.Equal(("AID", TypeDecision.ByRule), (aid.EventType, aid.TypedBy!.By));
        var sure = stage.Apply(document, candidates, ModelAnswers.Every(model, candidates, "REJECT", 0.95f), Thresholds);
        Assert.Equal("REJECT", Assert.Single(sure, e => e.Evidence.TriggerText == "aid").EventType);
    }

    [SkippableFact]
    public void A_doubted_rule_reading_yields_to_a_root_below_the_overrule_threshold_but_a_contested_one_does_not()
    {
        // Every pair "typed" THREATEN at 0.65, every other root (the rules' among them) at about 0.023.
        var apply = Typed(0.65f);
        Assert.Equal("ACCUSE", Event(apply(Thresholds), "condemned", "FRA").EventType);

        var doubting = apply(Thresholds with { Doubt = 0.1, Doubted = 0.6 });
        var condemned = Event(doubting, "condemned", "FRA");
        Assert.Equal(("THREATEN", TypeDecision.ByModel), (condemned.EventType, condemned.TypedBy!.By));
        Assert.Equal("CONSULT", Event(doubting, "visited", "PRK").EventType);

        Assert.Equal("ACCUSE", Event(apply(Thresholds with { Doubt = 0.02, Doubted = 0.6 }), "condemned", "FRA").EventType);
    }

    [SkippableFact]
    public void An_event_another_event_names_as_what_it_acts_on_needs_the_contested_threshold_to_be_overruled()
    {
        // "condemned the killing of ...": the model, asked about the killers and the killed, reads the condemnation.
        var (model, stage, document, candidates) = Prepared("The UN condemned the killing of three aid workers by Sudanese soldiers.", "named");
        Assert.Contains(candidates.Events, e => e.Evidence.TriggerText == "killing" && e.EventType == "ASSAULT");
        var probabilities = ModelAnswers.Every(model, candidates, "ACCUSE", 0.8f);
        Assert.Equal("ASSAULT", Assert.Single(stage.Apply(document, candidates, probabilities, Thresholds), e => e.Evidence.TriggerText == "killing").EventType);
        Assert.Equal("ACCUSE", Assert.Single(stage.Apply(document, candidates, probabilities, Thresholds with { Contested = 0.7 }), e => e.Evidence.TriggerText == "killing").EventType);
    }

    [SkippableFact]
    public void The_model_retyping_one_direction_of_a_mutual_act_retypes_its_mirror()
    {
        var (model, stage, document, candidates) = Prepared("Kenya and Uganda signed a trade agreement on Monday.", "mirror");
        Assert.Equal(2, candidates.Events.Count(e => e.Cameo == "057"));
        var kenya = candidates.RuleInputs[candidates.Events.ToList().FindIndex(e => e.Actor.Country == "KEN")];
        // Only Kenya's direction is "typed" REJECT above the overrule threshold; every root is even for Uganda's.
        var probabilities = ModelAnswers.SureOfOne(model, candidates, kenya, "REJECT");
        var typed = stage.Apply(document, candidates, probabilities, Thresholds);
        var uganda = Assert.Single(typed, e => e.Actor.Country == "UGA");
        Assert.Equal(("REJECT", TypeDecision.ByModel), (uganda.EventType, uganda.TypedBy!.By));
        Assert.Contains("mirror of a mutual act", uganda.Explain!.Type, StringComparison.Ordinal);
        Assert.Equal("REJECT", Assert.Single(typed, e => e.Actor.Country == "KEN").EventType);
    }

    [SkippableFact]
    public void The_model_retyping_an_act_towards_one_coordinated_recipient_retypes_it_towards_the_others()
    {
        var (model, stage, document, candidates) = Prepared("Kenya approved a large aid package for Uganda and Tanzania on Monday.", "conjuncts");
        var events = candidates.Events.ToList();
        Assert.Equal(events.Single(e => e.Recipient?.Country == "UGA").Cameo, events.Single(e => e.Recipient?.Country == "TZA").Cameo);
        var uganda = candidates.RuleInputs[events.FindIndex(e => e.Recipient?.Country == "UGA")];
        // Only the act towards Uganda is "typed" REJECT above the overrule threshold; every root is even for Tanzania.
        var probabilities = ModelAnswers.SureOfOne(model, candidates, uganda, "REJECT");
        var typed = stage.Apply(document, candidates, probabilities, Thresholds);
        var tanzania = Assert.Single(typed, e => e.Recipient?.Country == "TZA");
        Assert.Equal(("REJECT", TypeDecision.ByModel), (tanzania.EventType, tanzania.TypedBy!.By));
        Assert.Contains("coordinated recipients", tanzania.Explain!.Type, StringComparison.Ordinal);
        Assert.Equal("REJECT", Assert.Single(typed, e => e.Recipient?.Country == "UGA").EventType);
    }

    [SkippableTheory]
    [InlineData("Kenya threatened Uganda with sanctions on Monday.", "THREATEN", "SANCTION", true)]
    [InlineData("Algeria recalled its ambassador to Spain on Monday.", "SANCTION", "YIELD", true)]
    [InlineData("Kenya is arming the Ugandan army.", "AID", "ASSAULT", true)]
    [InlineData("Ethiopian troops withdrew from the Somali town of Baidoa.", "RETREAT", "SANCTION", true)]
    [InlineData("Kenya imposed sanctions on Uganda on Monday.", "SANCTION", "YIELD", false)]
    public void A_firm_reading_stated_as_done_keeps_the_rules_type_however_sure_the_model_is(string text, string rule, string read, bool kept)
    {
        // The model reads the act threatened or the words of the threat, a recalled envoy as a withdrawal, arms sent as an
        // assault, troops withdrawn as a sanction; the rule reads the threat, the broken relation, the military aid, the
        // retreat (codes.tsv firm: 13, 161, 072, 087). An imposed sanction (163) is no firm reading: the model may overrule it.
        var (model, stage, document, candidates) = Prepared(text, "firm");
        var e = Assert.Single(candidates.Events, e => e.EventType == rule);
        Assert.Equal(EventStatus.Asserted, e.Status);
        var typed = stage.Apply(document, candidates, ModelAnswers.Every(model, candidates, read, 0.98f), Thresholds);
        var decided = Assert.Single(typed, x => x.Evidence.Trigger == e.Evidence.Trigger);
        Assert.Equal(kept ? (rule, TypeDecision.ByRule) : (decided.EventType, TypeDecision.ByModel), (decided.EventType, decided.TypedBy!.By));
        Assert.Equal(kept, decided.EventType == rule);
    }

    [SkippableFact]
    public void A_protest_the_model_reads_in_one_direction_of_a_clash_is_not_the_other_side_s()
    {
        // "Protesters clashed with police": the protesters' side may be a protest; the police do not protest.
        var (model, stage, document, candidates) = Prepared("Protesters in Kenya clashed with police on Tuesday.", "clash");
        var protesters = candidates.Events.ToList().FindIndex(e => e.Actor.Sector == "OPP");
        Assert.True(protesters >= 0 && candidates.RuleInputs[protesters] >= 0);
        var probabilities = ModelAnswers.SureOfOne(model, candidates, candidates.RuleInputs[protesters], "PROTEST");
        var typed = stage.Apply(document, candidates, probabilities, Thresholds);
        Assert.Equal("PROTEST", Assert.Single(typed, e => e.Actor.Sector == "OPP").EventType);
        Assert.Equal("ASSAULT", Assert.Single(typed, e => e.Actor.Sector == "COP").EventType);
    }

    [SkippableTheory]
    [InlineData("On Monday, Kenya and Uganda shared a stage in Arusha.", "2024-11-18", "Arusha")]
    [InlineData("On Monday, Kenya and Uganda shared a stage in Arusha and in Nairobi.", "2024-11-18", null)]
    [InlineData("On Monday and Tuesday, Kenya and Uganda shared a stage in Arusha.", "2024-11-22", "Arusha")]
    public void An_event_of_the_model_takes_the_sentence_s_one_date_and_one_place(string text, string date, string? place)
    {
        // The model types a pair, not a predicate: only a sentence naming one date and one place says where and when.
        var (model, stage, document, candidates) = Prepared(text, "situated");
        Assert.Empty(candidates.Events);
        var label = model.Labels.ToList().IndexOf("CONSULT");
        var probabilities = candidates.Pairs.Select(_ =>
        {
            var p = new float[model.Labels.Count];
            p[label] = 0.99f;
            return p;
        }).ToArray();
        var e = Assert.Single(stage.Apply(document, candidates, probabilities, Thresholds with { Silent = 0.9 }));
        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), place), (e.Date, e.Place?.Name));
    }

    [Theory]
    [InlineData("""{"overrule": 0.8, "silent": 0.9}""", 0.8, 0.0, 0.8)]
    [InlineData("""{"overrule": 0.7, "contested": 0.9, "silent": 0.9}""", 0.9, 0.0, 0.7)]
    [InlineData("""{"overrule": 0.7, "contested": 0.9, "doubt": 0.1, "doubted": 0.6, "silent": 0.9}""", 0.9, 0.1, 0.6)]
    public void Thresholds_not_given_fall_back_to_the_overrule_threshold_and_no_reading_is_doubted(string json, double contested, double doubt, double doubted)
    {
        var directory = Directory.CreateTempSubdirectory("annalist-typing-");
        try
        {
            var path = Path.Combine(directory.FullName, "typing.json");
            File.WriteAllText(path, json);
            var thresholds = TypingThresholds.Load(path);
            Assert.Equal((contested, doubt, doubted), (thresholds.Contested, thresholds.Doubt, thresholds.Doubted));
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Theory]
    [InlineData("""{"overrule": 0.7, "silent": 0.9}""", 1.01)]
    [InlineData("""{"overrule": 0.7, "silent": 0.9, "complete_elsewhere": 0.9}""", 0.9)]
    public void Completing_from_elsewhere_in_the_sentence_is_off_unless_typing_json_sets_it(string json, double expected)
    {
        var directory = Directory.CreateTempSubdirectory("annalist-typing-");
        try
        {
            var path = Path.Combine(directory.FullName, "typing.json");
            File.WriteAllText(path, json);
            Assert.Equal(expected, TypingThresholds.Load(path).CompleteElsewhere);
        }
        finally
        {
            directory.Delete(true);
        }
    }

    [Fact]
    public void The_contested_threshold_follows_a_changed_overrule_threshold_only_when_not_given()
    {
        Assert.Equal(0.5, (new TypingThresholds(Overrule: 0.7, Silent: 0.9, Complete: 0.9) with { Overrule = 0.5 }).Contested);
        Assert.Equal(0.9, (new TypingThresholds(Overrule: 0.7, Silent: 0.9, Complete: 0.9) { Contested = 0.9 } with { Overrule = 0.5 }).Contested);
    }
}
