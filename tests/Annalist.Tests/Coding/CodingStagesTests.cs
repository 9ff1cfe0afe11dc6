using Annalist.Coding;
using Annalist.Coding.Actors;
using Annalist.Coding.Dates;
using Annalist.Coding.Places;
using Annalist.Documents;
using Annalist.Events;
using Annalist.Pipeline;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding;

/// <summary>The event coder as declared pipeline stages, each writing its own typed layer of the document.</summary>
public sealed class CodingStagesTests
{
    private static readonly Layer[] Parsed = [Layer.Tokens, Layer.Sentences, Layer.Tags, Layer.Lemmas, Layer.Dependencies];

    private static readonly FakeKnowledge Knowledge = new FakeKnowledge()
        .Actor("United States", "USA").Actor("South Korea", "KOR").Actor("Pyongyang", "PRKGOV").Actor("North Korea", "PRK")
        .Actor("Russians", "RUS").Verb("accuse", "112").Verb("send", "150").Verb("help", "070");

    private static EventCoder Coder() => new(Knowledge, Knowledge, Knowledge, null, new VersionStamp("test", "fake", "gold"));

    [Fact]
    public void The_builder_accepts_the_coders_stages_in_their_order_and_names_the_layer_a_missing_stage_would_write()
    {
        var stages = Coder().Stages;
        Assert.Equal(["dates", "actors", "places", "events", "merge"], stages.Select(s => s.Name));
        var pipeline = stages.Aggregate(new PipelineBuilder().WithInputLayers(Parsed), (b, s) => b.Add(s)).Build();
        Assert.Equal(5, pipeline.Stages.Length);

        var withoutPlaces = stages.Where(s => s.Name != "places").Aggregate(new PipelineBuilder().WithInputLayers(Parsed), (b, s) => b.Add(s));
        var error = Assert.Throws<PipelineConfigurationException>(withoutPlaces.Build);
        Assert.Contains("place-mentions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_stage_writes_its_own_layer_and_the_next_reads_it()
    {
        var document = Annalist.Tests.TestSupport.Parsed.FromSpec("seed-accuse.conllu", new DateOnly(2024, 11, 22));
        var stages = Coder().Stages;

        stages[0].Process(document);
        Assert.True(document.Has(TemporalMentions.Layer));
        Assert.False(document.Has(ActorMentions.Layer));

        stages[1].Process(document);
        var actors = document.GetExtension<ActorMentions>()!.BySentence.SelectMany(m => m).Select(m => m.Code).ToList();
        Assert.True(document.Has(ActorMentions.Layer));
        Assert.Contains("USA", actors);
        Assert.Contains("PRKGOV", actors);
        Assert.False(document.Has(DocumentEvents.Layer));

        stages[2].Process(document);
        Assert.True(document.Has(PlaceMentions.Layer));
        Assert.All(document.GetExtension<PlaceMentions>()!.BySentence, Assert.Empty); // no gazetteer given

        stages[3].Process(document);
        Assert.True(document.Has(SentenceActors.Layer));
        Assert.False(document.Has(DocumentEvents.Layer));

        stages[4].Process(document);
        var events = document.GetExtension<DocumentEvents>()!.Events;
        Assert.Contains(events, e => e.Cameo == "112" && e.Actor.Code == "USA" && e.Recipient?.Code == "PRKGOV");
        static string Key(CodedEvent e) => $"{e.Cameo} {e.Actor.Code}->{e.Recipient?.Code} {e.Status} {e.Rule}";
        var atOnce = Coder().Code(Annalist.Tests.TestSupport.Parsed.FromSpec("seed-accuse.conllu", new DateOnly(2024, 11, 22)));
        Assert.Equal(events.Select(Key), atOnce.Select(Key));
    }
}
