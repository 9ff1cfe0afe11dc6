namespace Annalist.Knowledge.Petrarch;

/// <summary>One bracketed code of an actor record as read: <c>[RUSGOV &gt;080508]</c>, <c>[USAELI 780101-000101]</c>, <c>[AFG]</c>.</summary>
public sealed record PetrarchCodeRestriction(string Code, DateOnly? From, DateOnly? To);
