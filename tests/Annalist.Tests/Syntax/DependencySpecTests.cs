using Annalist.Documents;
using Annalist.Syntax;
using Annalist.Text;
using Xunit.Abstractions;

namespace Annalist.Tests.Syntax;

/// <summary>
/// The hand-annotated news sentences of Specs/dependencies.txt: the subject, object, agent, oblique
/// and clausal arcs the event coder relies on must be right in at least 90% of cases.
/// </summary>
public sealed class DependencySpecTests(ITestOutputHelper output)
{
    private const double Required = 0.90;

    [Fact]
    public void The_arcs_the_event_coder_reads_are_right_in_at_least_90_percent_of_cases()
    {
        var cases = DependencySpec.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "dependencies.txt"));
        Assert.True(cases.Count >= 30, $"the spec should hold at least 30 sentences, found {cases.Count}");
        var stages = ShippedModel.Instance.Stages();
        var total = 0;
        var right = 0;
        foreach (var spec in cases)
        {
            var document = new Document(spec.Sentence, new DocumentMetadata { Id = "spec" });
            new TextSegmentationStage().Process(document);
            foreach (var stage in stages)
            {
                stage.Process(document);
            }

            foreach (var arc in spec.Arcs)
            {
                total++;
                var dependent = arc.Dependent.Find(document);
                var head = arc.Head.Find(document);
                if (document.Head(dependent) == head && document.Deprel(dependent) == arc.Relation)
                {
                    right++;
                    continue;
                }

                var actualHead = document.Head(dependent);
                output.WriteLine($"MISS {arc}: got {document.Deprel(dependent)}({(actualHead < 0 ? "ROOT" : document.Form(actualHead))}, {document.Form(dependent)}) in \"{spec.Sentence}\"");
            }
        }

        output.WriteLine($"{right}/{total} arcs right ({100.0 * right / total:F1}%)");
        Assert.True(right >= Required * total, $"{right}/{total} arcs right ({100.0 * right / total:F1}%), need {Required:P0}; see the test output for the misses");
    }

    [Fact]
    public void Every_spec_word_names_exactly_one_token()
    {
        foreach (var spec in DependencySpec.Load(Path.Combine(AppContext.BaseDirectory, "Specs", "dependencies.txt")))
        {
            var document = new Document(spec.Sentence, new DocumentMetadata { Id = "spec" });
            new TextSegmentationStage().Process(document);
            foreach (var arc in spec.Arcs)
            {
                arc.Head.Find(document);
                arc.Dependent.Find(document);
            }
        }
    }
}
