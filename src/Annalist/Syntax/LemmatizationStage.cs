using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Syntax;

/// <summary>Pipeline stage: a lemma for every token from its form and tags.</summary>
public sealed class LemmatizationStage(SyntaxModel model) : IPipelineStage
{
    public string Name => "lemmatizer";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Tags];

    public IReadOnlyList<Layer> Produces { get; } = [Layer.Lemmas];

    public void Process(Document document)
    {
        for (var t = 0; t < document.TokenCount; t++)
        {
            var tag = model.TagOf(document.Upos(t), document.Xpos(t));
            document.SetLemma(t, model.Lemmatizer.Lemmatize(document.FormSpan(t), tag));
        }

        document.MarkProduced(Layer.Lemmas);
    }
}
