namespace Annalist.Storage.Query;

/// <summary>
/// An event's actor or recipient as stored: code, country, sector, the words of its first report and its kind
/// (state, person, organization, media, group, unknown, or unresolved for an open actor no dictionary codes; empty
/// in stores written before kinds were kept).
/// </summary>
public sealed record EventActor(string Code, string Country, string Sector, string Text, string Kind = "")
{
    /// <summary>An open actor: named by words no dictionary codes; its code is empty or a country only.</summary>
    public bool IsUnresolved => Kind == "unresolved";
}
