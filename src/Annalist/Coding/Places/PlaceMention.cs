using Annalist.Documents;
using Annalist.Events;

namespace Annalist.Coding.Places;

/// <summary>A place name in a sentence and the gazetteer entry it resolved to.</summary>
public sealed record PlaceMention(TokenRange Tokens, EventPlace Place);
