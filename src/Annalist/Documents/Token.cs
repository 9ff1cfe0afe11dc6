namespace Annalist.Documents;

/// <summary>A cheap view of one token of a <see cref="Document"/>; never a copy.</summary>
public readonly struct Token : IEquatable<Token>
{
    internal Token(Document document, int index)
    {
        Document = document;
        Index = index;
    }

    public Document Document { get; }

    /// <summary>Index of the token in the document.</summary>
    public int Index { get; }

    public TextRange Range => Document.TokenRangeOf(Index);

    /// <summary>The token's original text.</summary>
    public string Text => Document.Text.Substring(Document.TokenStart(Index), Document.TokenEnd(Index) - Document.TokenStart(Index));

    /// <summary>The normalised form the tagger and parser see.</summary>
    public string Form => Document.Form(Index);

    public int SentenceIndex => Document.SentenceOf(Index);

    public string? Upos => Document.Upos(Index);

    public string? Xpos => Document.Xpos(Index);

    public string? Lemma => Document.Lemma(Index);

    public string? Deprel => Document.Deprel(Index);

    /// <summary>The head token, or null for a sentence root or an unparsed token.</summary>
    public Token? Head => Document.Head(Index) is var h and >= 0 ? new Token(Document, h) : null;

    public bool NoSpaceAfter => Document.NoSpaceAfter(Index);

    public bool Equals(Token other) => ReferenceEquals(Document, other.Document) && Index == other.Index;

    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Document, Index);

    public static bool operator ==(Token left, Token right) => left.Equals(right);

    public static bool operator !=(Token left, Token right) => !left.Equals(right);

    public override string ToString() => $"{Form}#{Index}";
}
