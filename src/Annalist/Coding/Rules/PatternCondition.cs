namespace Annalist.Coding.Rules;

/// <summary>
/// A condition of a target rule on the predicate and the event's code, as written in targets.tsv's <c>when</c>
/// column (conditions separated by spaces all hold; alternatives joined by '|' within one condition any holds):
/// <c>active</c>, <c>lemma=&amp;CLASS</c>, <c>lemma=WORD</c>, <c>code=ROOT</c>, <c>code:PROPERTY</c>, <c>has=PATH</c>;
/// <c>!TEST</c> negates one.
/// </summary>
public sealed record PatternCondition(IReadOnlyList<PatternTest> Alternatives)
{
    /// <summary>Whether every condition holds: the tests on the predicate alone here, the others (code, paths) by <paramref name="other"/>.</summary>
    public static bool All(IReadOnlyList<PatternCondition> conditions, Clauses.Predicate predicate, Func<PatternTest, bool> other) =>
        conditions.All(c => c.Alternatives.Any(test => Holds(test, predicate, other)));

    private static bool Holds(PatternTest test, Clauses.Predicate predicate, Func<PatternTest, bool> other) => test switch
    {
        PatternTest.Active => !predicate.Passive,
        PatternTest.LemmaIn lemma => lemma.Class.Contains(predicate.Lemma),
        PatternTest.LemmaIs word => predicate.Lemma.Equals(word.Lemma, StringComparison.OrdinalIgnoreCase),
        PatternTest.Not not => !Holds(not.Test, predicate, other),
        _ => other(test),
    };
}

/// <summary>One test of a condition.</summary>
public abstract record PatternTest
{
    /// <summary>The predicate is not passive.</summary>
    public sealed record Active : PatternTest;

    /// <summary>The predicate's lemma is in a word class.</summary>
    public sealed record LemmaIn(WordClass Class) : PatternTest;

    /// <summary>The predicate's lemma is this word (case ignored).</summary>
    public sealed record LemmaIs(string Lemma) : PatternTest;

    /// <summary>The test does not hold.</summary>
    public sealed record Not(PatternTest Test) : PatternTest;

    /// <summary>The event's CAMEO code starts with these digits.</summary>
    public sealed record CodeStarts(string Prefix) : PatternTest;

    /// <summary>The event's CAMEO code has a property of codes.tsv.</summary>
    public sealed record CodeHas(CodeProperty Property) : PatternTest;

    /// <summary>A path from the predicate reaches at least one token.</summary>
    public sealed record Has(DependencyPath Path) : PatternTest;
}
