using Annalist.Documents;
using Annalist.Pipeline;
using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The shipped model's stages on documents built by hand (tokens and sentences only).</summary>
public sealed class SyntaxStagesTests
{
    [Fact]
    public void Tags_lemmas_and_dependencies_of_a_news_sentence()
    {
        var document = Build("Russia supplied missiles to North Korea .");
        Annotate(document);

        Assert.Equal(["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"], Column(document, document.Upos));
        Assert.Equal(["NNP", "VBD", "NNS", "IN", "NNP", "NNP", "."], Column(document, document.Xpos));
        Assert.Equal(["Russia", "supply", "missile", "to", "North", "Korea", "."], Column(document, document.Lemma));
        Assert.Equal(-1, document.Head(1));
        Assert.Equal("root", document.Deprel(1));
        Assert.Equal((1, "nsubj"), (document.Head(0), document.Deprel(0)));
        Assert.Equal((1, "obj"), (document.Head(2), document.Deprel(2)));
        Assert.Equal((5, "case"), (document.Head(3), document.Deprel(3)));
        Assert.True(document.Has(Layer.Tags) && document.Has(Layer.Lemmas) && document.Has(Layer.Dependencies));
    }

    [Theory]
    [InlineData("The army sent troops .", 2, "send")]
    [InlineData("They accused Pyongyang of lying .", 1, "accuse")]
    [InlineData("Iran supplied drones .", 1, "supply")]
    [InlineData("The talks were held in Doha .", 3, "hold")]
    [InlineData("Officials said the strikes killed 20 people .", 1, "say")]
    public void Verb_lemmas_are_right(string sentence, int token, string lemma)
    {
        var document = Build(sentence);
        Annotate(document);
        Assert.Equal(lemma, document.Lemma(token));
    }

    [Fact]
    public void Every_sentence_has_exactly_one_root_and_heads_stay_inside_it()
    {
        var document = Build("Troops left .", "The government , which took power last year , expelled the ambassador , officials said .", "Yes");
        Annotate(document);
        foreach (var sentence in document.Sentences)
        {
            var roots = 0;
            for (var t = sentence.Tokens.Start; t < sentence.Tokens.End; t++)
            {
                var head = document.Head(t);
                roots += head < 0 ? 1 : 0;
                Assert.True(head < 0 || sentence.Tokens.Contains(head), $"token {t} has head {head} outside its sentence");
                Assert.Equal(head < 0, document.Deprel(t) == "root");
            }

            Assert.Equal(1, roots);
        }
    }

    [Fact]
    public void Documents_annotated_on_many_threads_get_the_same_annotation_as_one_by_one()
    {
        string[] sentences =
        [
            "North Korea fired a missile into the sea on Saturday , officials said .",
            "The minister was arrested by police in Cairo .",
            "Russia supplied missiles to Pyongyang , and Iran sent drones .",
        ];
        var expected = Build(sentences);
        Annotate(expected);
        var documents = Enumerable.Range(0, 64).Select(i => Build(sentences.Skip(i % 3).Concat(sentences.Take(i % 3)).ToArray())).ToArray();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = 4 }, Annotate);
        foreach (var (document, i) in documents.Select((d, i) => (d, i)))
        {
            var rotation = Build(sentences.Skip(i % 3).Concat(sentences.Take(i % 3)).ToArray());
            Annotate(rotation);
            Assert.Equal(Column(rotation, rotation.Deprel), Column(document, document.Deprel));
            Assert.Equal(Enumerable.Range(0, rotation.TokenCount).Select(rotation.Head), Enumerable.Range(0, document.TokenCount).Select(document.Head));
            Assert.Equal(Column(rotation, rotation.Lemma), Column(document, document.Lemma));
        }

        Assert.Equal(Column(expected, expected.Upos), Column(documents[0], documents[0].Upos));
    }

    [Fact]
    public void The_stages_declare_their_order()
    {
        var stages = ShippedModel.Instance.Stages();
        var builder = new PipelineBuilder().WithInputLayers(Layer.Tokens, Layer.Sentences);
        builder.Add(stages[2]);
        Assert.Throws<PipelineConfigurationException>(builder.Build);
    }

    /// <summary>A document whose tokens are the space-separated words, one sentence per argument.</summary>
    internal static Document Build(params string[] sentences)
    {
        var text = string.Join(' ', sentences);
        var document = new Document(text, new DocumentMetadata { Id = "hand" });
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var first = document.TokenCount;
            foreach (var word in sentence.Split(' '))
            {
                document.AddToken(offset, offset + word.Length);
                offset += word.Length + 1;
            }

            document.AddSentence(first, document.TokenCount);
        }

        document.MarkProduced(Layer.Tokens);
        document.MarkProduced(Layer.Sentences);
        return document;
    }

    private static void Annotate(Document document)
    {
        foreach (var stage in ShippedModel.Instance.Stages())
        {
            stage.Process(document);
        }
    }

    private static string[] Column(Document document, Func<int, string?> column) => Enumerable.Range(0, document.TokenCount).Select(t => column(t) ?? "_").ToArray();
}
