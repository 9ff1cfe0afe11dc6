using Annalist.Documents;

namespace Annalist.Events;

/// <summary>
/// An actor, recipient or claimant as it appears in the text, resolved to a code (e.g. "KORGOV"),
/// a country (ISO 3166 alpha-3, or an IGO code such as "UNO"), a sector ("GOV", "MIL", ...) and a kind
/// (state, person, organization, media, group). <see cref="Entry"/> names the dictionary entry (file:line) that resolved it.
/// </summary>
public sealed record EventParticipant(string Text, TextRange Range, string Code, string Country, string Sector, string Kind)
{
    public string? Entry { get; init; }

    /// <summary>For a pronoun or a possessive ("it", "its forces"): the earlier phrase it refers to, as written there.</summary>
    public EventAntecedent? Antecedent { get; init; }

    /// <summary>Whether the participant is the party written at <paramref name="range"/>: it overlaps it, or it is a pronoun whose antecedent does ("it" in "Ethiopia said it would allow").</summary>
    public bool StandsFor(TextRange range) => Range.Overlaps(range) || Antecedent is { } antecedent && antecedent.Range.Overlaps(range);
}

/// <summary>The phrase a pronoun refers to: its text and where it stands in the document.</summary>
public sealed record EventAntecedent(string Text, TextRange Range);
