namespace Annalist.Documents;

/// <summary>
/// A named annotation layer of a <see cref="Document"/>. Pipeline stages declare the layers they
/// require and produce; the pipeline builder checks the order once.
/// </summary>
public readonly record struct Layer(string Name)
{
    /// <summary>The original text and its offset-preserving normalisation; present on every document.</summary>
    public static readonly Layer Text = new("text");

    public static readonly Layer Tokens = new("tokens");

    public static readonly Layer Sentences = new("sentences");

    /// <summary>UPOS and XPOS tags.</summary>
    public static readonly Layer Tags = new("tags");

    public static readonly Layer Lemmas = new("lemmas");

    /// <summary>Dependency heads and relations.</summary>
    public static readonly Layer Dependencies = new("dependencies");

    public override string ToString() => Name;
}
