namespace Annalist.Coding.Rules;

/// <summary>
/// A path from a predicate through its dependency tree, as written in targets.tsv: steps joined by '/', each a
/// relation with an optional preposition and filter, e.g. <c>obj[&amp;missions]/nmod:in</c>. The first step reads the
/// predicate's arguments (<c>obj</c>, <c>iobj</c>, <c>obj-noun</c>, <c>obl</c>, <c>obl:P</c>, <c>ccomp</c>) or its
/// purpose clauses (<c>purpose</c>: a to-clause of its own subject), later steps a token's children (<c>nmod:P</c>)
/// or a clause's subject (<c>subj</c>) or objects (<c>obj</c>). Prepositions: one (<c>in</c>), a set
/// read as one group (<c>of|against</c>), or a preference list of preferences.tsv tried in order (<c>@NAME</c>).
/// Several paths joined by ' + ' in one cell reach the union of their heads.
/// </summary>
public sealed record DependencyPath(IReadOnlyList<PathStep> Steps)
{
    public override string ToString() => string.Join('/', Steps);
}

/// <summary>One step of a <see cref="DependencyPath"/>.</summary>
public sealed record PathStep(string Relation, IReadOnlyList<string> Prepositions, bool Preferred, IReadOnlyList<StepFilter> Filters)
{
    public override string ToString() =>
        Relation + (Prepositions.Count == 0 ? string.Empty : ":" + (Preferred ? "@" : string.Empty) + string.Join('|', Prepositions))
        + (Filters.Count == 0 ? string.Empty : "[" + string.Join('|', Filters) + "]");
}

/// <summary>A filter on the tokens a step reaches (any alternative keeps a token): a word class of its lemma, its UPOS, or that its covering mention is a named actor (or, with <paramref name="AnyCover"/>, any actor, a bare role included).</summary>
public sealed record StepFilter(WordClass? Class, string? Upos, bool NamedCover, bool AnyCover = false)
{
    public override string ToString() => Class is not null ? "&" + Class.Name : Upos is not null ? "upos=" + Upos : AnyCover ? "actor" : "named";
}
