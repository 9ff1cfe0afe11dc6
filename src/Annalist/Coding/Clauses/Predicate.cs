namespace Annalist.Coding.Clauses;

/// <summary>
/// One verbal (or copular) predicate of a sentence with its arguments as head tokens, coordination
/// already expanded and missing subjects recovered from the clause that governs it (control, "X
/// accused Y of V-ing", conjoined verbs, participles, relative clauses).
/// </summary>
public sealed record Predicate
{
    public required int Trigger { get; init; }

    public required string Lemma { get; init; }

    /// <summary>True for passives ("were sent"): the logical source is the by-agent and the surface subject the target.</summary>
    public bool Passive { get; init; }

    /// <summary>Surface subjects (after relative-pronoun and control resolution).</summary>
    public IReadOnlyList<int> Subjects { get; init; } = [];

    /// <summary>Whether the subjects were recovered from another clause rather than found on the trigger.</summary>
    public bool SubjectInherited { get; init; }

    /// <summary>By-phrase agents of a passive.</summary>
    public IReadOnlyList<int> Agents { get; init; } = [];

    public IReadOnlyList<int> Objects { get; init; } = [];

    public IReadOnlyList<int> IndirectObjects { get; init; } = [];

    public IReadOnlyList<Oblique> Obliques { get; init; } = [];

    /// <summary>The governing predicate's trigger, or -1 for a main clause.</summary>
    public int Parent { get; init; } = -1;

    /// <summary>The relation to the parent ("xcomp", "ccomp", "advcl", "conj", "acl", "parataxis"...).</summary>
    public string LinkToParent { get; init; } = string.Empty;

    /// <summary>The marker introducing the clause ("of", "to", "if", "in exchange for"), lower-case.</summary>
    public string Marker { get; init; } = string.Empty;

    /// <summary>A copular predicate ("are subject to", "is ready"): the trigger is the predicate noun or adjective.</summary>
    public bool Copular { get; init; }

    /// <summary>The logical source: by-agents of a passive, else the subjects.</summary>
    public IReadOnlyList<int> Sources => Passive ? Agents : Subjects;

    /// <summary>The default logical target: the surface subject of a passive, else the direct objects.</summary>
    public IReadOnlyList<int> Targets => Passive ? Subjects : Objects;

    public IEnumerable<int> ObliqueHeads(string preposition) => Obliques.Where(o => o.Preposition == preposition).Select(o => o.Head);
}
