namespace Annalist.Knowledge.Countries;

/// <summary>A person in office from the Factbook snapshot: country, office title, names to match, and since when.</summary>
public sealed record OfficeHolder(string Country, string Title, string Name, IReadOnlyList<string> Aliases, DateOnly? Since, string Source);
