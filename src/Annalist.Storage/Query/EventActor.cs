namespace Annalist.Storage.Query;

/// <summary>An event's actor or recipient as stored: code, country, sector and the words of its first report.</summary>
public sealed record EventActor(string Code, string Country, string Sector, string Text);
