using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Syntax;

/// <summary>Pipeline stage: UPOS and XPOS for every token, sentence by sentence.</summary>
public sealed class PosTaggingStage(SyntaxModel model) : IPipelineStage
{
    public string Name => "tagger";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Tags];

    public void Process(Document document)
    {
        var words = SyntaxScratch.Words;
        var tagger = model.Tagger;
        foreach (var sentence in document.Sentences)
        {
            words.Load(document, sentence.Tokens, model.Clusters, model.IsCommonWord);
            tagger.Tag(words);
            if (words.LoweredCount > 0 && !words.LoweredHeadline(i => tagger.Xpos[words.Tags[i]], document))
            {
                // Title case that reads as no headline in lower case is a line of names: read it as written.
                words.Load(document, sentence.Tokens, model.Clusters);
                tagger.Tag(words);
            }

            for (var i = 0; i < words.Count; i++)
            {
                var tag = words.Tags[i];
                document.SetTag(words.First + i, tagger.Upos[tag], tagger.Xpos[tag]);
            }
        }

        document.MarkProduced(Layer.Tags);
    }
}
