using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Pipeline;

namespace Annalist.Coding.Actors;

/// <summary>
/// Finds the dictionary actors of each sentence, dated by the publication date, and the later short forms of the
/// names seen before (<see cref="NameAliases"/>): writes <see cref="ActorMentions"/>.
/// </summary>
public sealed class ActorStage(IActorFinder actors) : IPipelineStage
{
    public string Name => "actors";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.Tags];

    public IReadOnlyList<Layer> Produces { get; } = [ActorMentions.Layer];

    public void Process(Document document)
    {
        var reference = EventCoder.ReferenceDate(document);
        var aliases = new NameAliases();
        var bySentence = new List<IReadOnlyList<ActorMention>>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var mentions = aliases.Extend(document, sentence, actors.Find(document, sentence, reference));
            foreach (var mention in mentions)
            {
                aliases.Remember(document, mention);
            }

            bySentence.Add(mentions);
        }

        document.SetExtension(new ActorMentions(bySentence));
        document.MarkProduced(ActorMentions.Layer);
    }
}
