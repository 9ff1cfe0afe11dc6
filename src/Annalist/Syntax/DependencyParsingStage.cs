using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Syntax;

/// <summary>Pipeline stage: a labelled head for every token (Universal Dependencies), sentence by sentence.</summary>
public sealed class DependencyParsingStage(SyntaxModel model) : IPipelineStage
{
    public string Name => "parser";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.Tags];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Dependencies];

    public void Process(Document document)
    {
        var words = SyntaxScratch.Words;
        var parser = model.Parser;
        var labelNames = parser.Labels;
        foreach (var sentence in document.Sentences)
        {
            words.Load(document, sentence.Tokens, commonWord: model.IsCommonWord);
            if (words.LoweredCount > 0 && !words.LoweredHeadline(i => document.Xpos(words.First + i) ?? string.Empty, document))
            {
                words.Load(document, sentence.Tokens); // as the tagger read it (PosTaggingStage)
            }

            for (var i = 0; i < words.Count; i++)
            {
                var t = words.First + i;
                var tag = model.TagOf(document.Upos(t), document.Xpos(t));
                words.Tags[i] = tag < 0 ? 0 : tag;
            }

            var heads = SyntaxScratch.Heads(words.Count);
            var labels = SyntaxScratch.Labels(words.Count);
            parser.Parse(words, heads, labels, model.Tagger);
            for (var i = 0; i < words.Count; i++)
            {
                document.SetHead(words.First + i, heads[i] < 0 ? -1 : words.First + heads[i], labelNames[labels[i]]);
            }
        }

        document.MarkProduced(Layer.Dependencies);
    }
}
