using Annalist.Documents;
using Annalist.Knowledge.Agents;

namespace Annalist.Knowledge.Actors;

/// <summary>
/// An actor, agent or outlet named in a sentence: its tokens, the code (Phoenix/CAMEO style, e.g. "KORGOV"),
/// country (ISO 3166 alpha-3 or an IGO code), sector ("GOV", "MIL", ...), kind and the dictionary entry
/// (file:line) that resolved it. The dictionaries produce it with <see cref="Found"/>, keeping what they
/// matched (<see cref="Candidate"/>: a dictionary <see cref="Actor"/> entry, an <see cref="Agent"/> role
/// composed with a country, "South Korean national security director Shin Won-sik" is KOR + ~GOV, or both);
/// the coder then narrows the country, resolves pronouns (<see cref="Antecedent"/>) and places roles in a
/// country (<see cref="InCountry"/>).
/// </summary>
public sealed record ActorMention(TokenRange Tokens, string Code, string Country, string Sector, ActorKind Kind, string? Entry)
{
    public const ActorKind State = ActorKind.State;
    public const ActorKind Person = ActorKind.Person;
    public const ActorKind Organization = ActorKind.Organization;
    public const ActorKind Media = ActorKind.Media;
    public const ActorKind Group = ActorKind.Group;

    /// <summary>The doer is not named ("a roadside bomb killed three soldiers", "civilians were killed").</summary>
    public const ActorKind Unknown = ActorKind.Unknown;

    /// <summary>A dictionary match: the candidate's code on the date, its kind, and its entry and source as the record's entry.</summary>
    public static ActorMention Found(TokenRange tokens, TextRange range, ActorCandidate candidate, ActorEntry? actor, AgentEntry? agent, ActorEntry? countryEntry) =>
        new(tokens, candidate.Code.Value, candidate.Code.Country, candidate.Code.Sector, candidate.Kind, $"{candidate.Entry} ({candidate.Source})")
        {
            Range = range,
            Candidate = candidate,
            Actor = actor,
            Agent = agent,
            CountryEntry = countryEntry,
            Name = candidate.Entry,
        };

    /// <summary>An actor the dictionaries do not know (<see cref="ActorKind.Unresolved"/>).</summary>
    public const ActorKind Unresolved = ActorKind.Unresolved;

    /// <summary>
    /// An open actor: a phrase no dictionary names, with the country its own words give (or none) and why it is an
    /// actor; <see cref="Name"/> holds its words, which tell two open actors apart.
    /// </summary>
    public static ActorMention Open(TokenRange tokens, string text, string country, string why) =>
        new(tokens, country, country, string.Empty, Unresolved, why) { Name = text };

    public bool IsUnresolved => Kind == Unresolved;

    /// <summary>An unnamed actor over the given tokens (the subject phrase, or none).</summary>
    public static ActorMention UnknownActor(TokenRange tokens) => new(tokens, string.Empty, string.Empty, string.Empty, Unknown, null);

    /// <summary>This role or unnamed actor placed in a country: the code takes the country's prefix, the entry says why.</summary>
    public ActorMention InCountry(string country, string why) =>
        this with { Country = country, Code = country + Code, Entry = Entry is null ? why : $"{Entry}; {why}" };

    public bool IsUnknown => Kind == Unknown;

    /// <summary>Whether the mention is placed in a country (or an IGO such as UNO).</summary>
    public bool HasCountry => ActorCode.IsCountry(Country);

    /// <summary>True for news outlets: they report claims and are never actors of an event.</summary>
    public bool IsOutlet => Kind == Media;

    /// <summary>Whether this is a news outlet (a reporter of claims, never an actor of events).</summary>
    public bool IsMedia => IsOutlet;

    /// <summary>The kind's lower-case name, as records write it.</summary>
    public string KindName => ActorKinds.Name(Kind);

    /// <summary>When the mention is a pronoun or "her country", the mention it was resolved to.</summary>
    public ActorMention? Antecedent { get; init; }

    /// <summary>Canonical name (e.g. "Korean Central News Agency"), when the dictionary gives one.</summary>
    public string? Name { get; init; }

    /// <summary>The characters of the mention, when a dictionary found it.</summary>
    public TextRange Range { get; init; }

    /// <summary>What the dictionary matched: the text, code on the date, kind, entry and source.</summary>
    public ActorCandidate? Candidate { get; init; }

    public string Text => Candidate?.Text ?? string.Empty;

    /// <summary>The dictionary actor entry, when one named the mention.</summary>
    public ActorEntry? Actor { get; init; }

    /// <summary>The agent (role) entry, when a role was composed ("national security director").</summary>
    public AgentEntry? Agent { get; init; }

    /// <summary>The country entry a role was composed with ("South Korean").</summary>
    public ActorEntry? CountryEntry { get; init; }
}
