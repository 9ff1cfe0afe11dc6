using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Knowledge.Places;

/// <summary>
/// A place name found in a document's tokens, with its gazetteer candidates best first. The coder reads
/// <see cref="Place"/>: the best candidate as an event record's place.
/// </summary>
public sealed record PlaceMention(TokenRange Tokens, TextRange Range, string Text, IReadOnlyList<PlaceCandidate> Candidates)
{
    private EventPlace? place;

    public Place Best => Candidates[0].Place;

    /// <summary>The best candidate as the place of an event record: the text as written and the gazetteer's name, id, position, country and region.</summary>
    public EventPlace Place => place ??= new EventPlace(Text, Range, Best.Name, Best.GeonameId ?? 0, Best.Latitude, Best.Longitude, Best.Country, Best.Admin1);
}
