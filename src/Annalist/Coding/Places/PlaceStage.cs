using Annalist.Coding.Actors;
using Annalist.Coding.Rules;
using Annalist.Documents;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Places;
using Annalist.Pipeline;

namespace Annalist.Coding.Places;

/// <summary>
/// Finds the places each sentence names, preferring the countries of the actors named so far in the document
/// (this sentence's included) and never reading a person's name as a place ("Vladimir" in "Vladimir Putin", and
/// "Alice" and "Wells" in "Alice Wells", which no dictionary knows): writes <see cref="PlaceMentions"/>; with no
/// gazetteer, every sentence has none.
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
            var found = places?.Find(document, sentence, countries, persons) ?? [];
            bySentence.Add(found.Count == 0 ? found : found.Where(p => !InsideLongerName(document, sentence.Tokens, p, mentions) && !OtherCountrysName(p, mentions)).ToList());
        }

        document.SetExtension(new PlaceMentions(bySentence));
        document.MarkProduced(PlaceMentions.Layer);
    }

    /// <summary>
    /// Whether an actor of another country covers the place: "Somali positions" are Somalia's, not in Ethiopia's Somali
    /// region, and "Hamas targets" are the Palestinian group's, not in Hamm, Germany (a name GeoNames also gives it).
    /// </summary>
    private static bool OtherCountrysName(PlaceMention place, IReadOnlyList<ActorMention> actors) =>
        actors.Any(a => a.Tokens.Contains(place.Tokens) && a.Country.Length > 0 && a.Country != place.Best.Country);

    private static readonly WordClass NameParts = CodingRules.Shipped.Words("place-name-parts");

    private static readonly WordClass FacilityNouns = CodingRules.Shipped.Words("facility-nouns");

    /// <summary>
    /// Whether a place name is only part of a longer proper name: a proper noun stands right before or after it
    /// that no actor covers and that is no word of places, titles or common English ("Alice Smith", "Alice Wells",
    /// "John Austin", "the Charlotte Hornets"). "Nairobi County", "Kabul airport", "Gaza City", "Moscow Mayor" and
    /// "Baghdad, Iraq" keep their place.
    /// </summary>
    internal static bool InsideLongerName(Document document, TokenRange sentence, PlaceMention place, IReadOnlyList<ActorMention> actors) =>
        NamePart(document, sentence, place.Tokens.Start - 1, actors) || NamePart(document, sentence, place.Tokens.End, actors)
        || (place.Tokens.Count == 1 && PlaceWord(document, place.Tokens.Start) && sentence.Contains(place.Tokens.Start - 1) && document.Xpos(place.Tokens.Start - 1) is "NNP" or "NNPS");

    /// <summary>
    /// A word of places or facilities (word classes place-name-parts, facility-nouns: "University" in "Cairo University",
    /// a town in Florida too; "county" in "Lamu county"), not a name of its own.
    /// </summary>
    internal static bool PlaceWord(Document document, int token)
    {
        var form = document.Form(token);
        var lemma = document.Lemma(token) ?? form;
        return NameParts.Contains(lemma) || NameParts.Contains(form) || FacilityNouns.Contains(lemma) || FacilityNouns.Contains(form);
    }

    private static bool NamePart(Document document, TokenRange sentence, int token, IReadOnlyList<ActorMention> actors)
    {
        if (!sentence.Contains(token) || document.Xpos(token) is not ("NNP" or "NNPS") || !Gazetteer.StartsCapitalized(document.FormSpan(token)))
        {
            return false;
        }

        var form = document.Form(token);
        return form.Any(char.IsLetter) && !RunningTextNames.IsCommonWord(form) && !PlaceWord(document, token) && !actors.Any(a => a.Tokens.Contains(token));
    }
}
