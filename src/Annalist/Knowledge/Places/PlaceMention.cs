using Annalist.Documents;

namespace Annalist.Knowledge.Places;

/// <summary>A place name found in a document's tokens, with its candidates best first.</summary>
public sealed record PlaceMention(TokenRange Tokens, TextRange Range, string Text, IReadOnlyList<PlaceCandidate> Candidates)
{
    public Place Best => Candidates[0].Place;
}
