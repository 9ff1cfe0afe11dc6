using System.Globalization;
using Annalist.Coding.Knowledge;
using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Events;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Coding.Typing;

/// <summary>
/// The shipped event-typing model in ONNX Runtime gives what the trainer computed in torch (parity.tsv, written by
/// scripts/train-events on invented sentences): the same word pieces, the same probabilities.
/// </summary>
public sealed class EventTypeModelTests
{
    private static string Directory => DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName);

    private static (EventTypeModel Model, EventTypeTable Types) Shipped()
    {
        Skip.If(PipelineFactory.DefaultTyping is null, $"the event-typing model is not installed in {Directory}");
        return PipelineFactory.DefaultTyping!.Value;
    }

    [SkippableFact]
    public void The_shipped_model_reproduces_the_trainers_pieces_and_probabilities()
    {
        var model = Shipped().Model;
        var rows = File.ReadLines(Path.Combine(Directory, "parity.tsv")).Skip(1).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        var pairs = rows.Select(r =>
        {
            var (text, source, target) = (r[0], r[1], r[2]);
            var s = text.IndexOf(source, StringComparison.Ordinal);
            var t = text.IndexOf(target, StringComparison.Ordinal);
            return model.Encoder.Encode(text, (s, s + source.Length), (t, t + target.Length));
        }).ToList();
        var probabilities = model.Predict(pairs);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i][3].Split(' ').Select(long.Parse), pairs[i].Pieces);
            var expected = rows[i][4].Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(model.Labels.Count, probabilities[i].Length);
            Assert.Equal(Array.IndexOf(expected, expected.Max()), Array.IndexOf(probabilities[i], probabilities[i].Max()));
            for (var j = 0; j < expected.Length; j++)
            {
                // Within 0.01, not to the last digit: torch and ONNX Runtime round LayerNorm, GELU and softmax in a different
                // order, and where an activation falls on the edge between two 8-bit steps, the one-step difference moves a
                // probability by about 0.002 (measured on these rows). A wrongly wired input moves them by 0.1 and more.
                Assert.True(Math.Abs(expected[j] - probabilities[i][j]) < 0.01, $"row {i}, {model.Labels[j]}: torch {expected[j]}, ONNX Runtime {probabilities[i][j]}");
            }
        }
    }

    [SkippableFact]
    public void A_pairs_probabilities_do_not_depend_on_the_pairs_typed_with_it()
    {
        var model = Shipped().Model;
        var text = "Germany pledged aid to Sudan after talks with Egypt in Cairo.";
        (int, int) Span(string words) => (text.IndexOf(words, StringComparison.Ordinal), text.IndexOf(words, StringComparison.Ordinal) + words.Length);
        var pair = model.Encoder.Encode(text, Span("Germany"), Span("Sudan"));
        var others = new[] { model.Encoder.Encode(text, Span("Egypt"), Span("Sudan")), model.Encoder.Encode(text, Span("Germany"), Span("Cairo")) };
        var alone = model.Predict([pair])[0];
        var together = model.Predict([others[0], pair, others[1]])[1];
        Assert.Equal(alone, together);
    }

    [SkippableFact]
    public void Each_labels_CAMEO_code_maps_back_to_its_PLOVER_type()
    {
        var (model, types) = Shipped();
        var ontology = new KnowledgeOntology(PipelineFactory.DefaultKnowledge.Ontology);
        foreach (var label in model.Labels.Skip(1))
        {
            var (eventType, cameo) = types.Of(label) ?? throw new Xunit.Sdk.XunitException($"types.tsv has no row for {label}");
            Assert.Equal(eventType, ontology.Plover(cameo)?.EventType);
            Assert.NotNull(ontology.Cameo(cameo));
            Assert.Equal(label, types.LabelOf(eventType));
        }

        Assert.Equal("YIELD", types.LabelOf("RETREAT"));
        Assert.Null(types.Of(EventTypeModel.None));
    }

    [SkippableFact]
    public void Every_rule_event_says_who_typed_it_and_model_decided_types_carry_their_CAMEO_root()
    {
        var (_, types) = Shipped();
        var events = FullPipeline.Code(
            "Russia has supplied North Korea with air defence missiles, South Korea's national security director said on Friday. " +
            "Iranian Foreign Minister Javad Zarif met the German ambassador in Tehran on Tuesday.",
            model: true);
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.NotNull(e.TypedBy);
            if (e.TypedBy!.By == TypeDecision.ByModel)
            {
                Assert.Equal(types.Of(types.LabelOf(e.EventType)!)!.Value.Cameo.Value, e.Cameo);
                Assert.InRange(e.TypedBy.Probability!.Value, 0.0, 1.0);
            }
            else
            {
                Assert.Equal(TypeDecision.ByRule, e.TypedBy.By);
            }
        }

        Assert.All(FullPipeline.Code("Russia has supplied North Korea with missiles."), e => Assert.Null(e.TypedBy));
    }
}
