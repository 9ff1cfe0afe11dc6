using Annalist.Coding.Actors;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Places;
using Annalist.Pipeline;

namespace Annalist.Coding.Places;

/// <summary>
/// Finds the places each sentence names, preferring the countries of the actors named so far in the document
/// (this sentence's included) and never reading a person's name as a place ("Vladimir" in "Vladimir Putin"):
/// writes <see cref="PlaceMentions"/>; with no gazetteer, every sentence has none.
/// </summary>
public sealed class PlaceStage(IPlaceFinder? places) : IPipelineStage
{
    public string Name => "places";

    public IReadOnlyList<Layer> Requires { get; } = [Layer.Tokens, Layer.Sentences, Layer.Tags, ActorMentions.Layer];

    public IReadOnlyList<Layer> Produces { get; } = [PlaceMentions.Layer];

    public void Process(Document document)
    {
        var actors = document.GetExtension<ActorMentions>()?.BySentence ?? [];
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var bySentence = new List<IReadOnlyList<PlaceMention>>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var mentions = sentence.Index < actors.Count ? actors[sentence.Index] : [];
            countries.UnionWith(mentions.Where(m => m.HasCountry).Select(m => m.Country));
            var persons = mentions.Where(m => m.Kind == ActorMention.Person).Select(m => m.Tokens).ToList();
            bySentence.Add(places?.Find(document, sentence, countries, persons) ?? []);
        }

        document.SetExtension(new PlaceMentions(bySentence));
        document.MarkProduced(PlaceMentions.Layer);
    }
}
