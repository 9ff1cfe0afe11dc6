using Annalist.Documents;

namespace Annalist.Events;

/// <summary>A news outlet that reported a claim (KCNA, SBS, Reuters), with its country when known.</summary>
public sealed record EventOutlet(string Text, TextRange Range, string Country)
{
    /// <summary>Canonical outlet name when known (e.g. "Korean Central News Agency").</summary>
    public string? Name { get; init; }
}
