namespace Annalist.Documents;

/// <summary>A half-open range of token indices [Start, End) within one document.</summary>
public readonly record struct TokenRange(int Start, int End)
{
    public int Count => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int tokenIndex) => tokenIndex >= Start && tokenIndex < End;

    public bool Overlaps(TokenRange other) => Start < other.End && other.Start < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this range.</summary>
    public bool Contains(TokenRange other) => other.Start >= Start && other.End <= End;

    public override string ToString() => $"tokens[{Start},{End})";
}
