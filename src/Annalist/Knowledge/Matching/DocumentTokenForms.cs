using Annalist.Documents;

namespace Annalist.Knowledge.Matching;

/// <summary>The normalised token forms of a <see cref="Document"/>, without copying; offsets into its original text.</summary>
public readonly struct DocumentTokenForms(Document document) : ITokenForms
{
    public int Count => document.TokenCount;

    public string Text => document.Text;

    public ReadOnlySpan<char> Form(int index) => document.FormSpan(index);

    public int Start(int index) => document.TokenStart(index);

    public int End(int index) => document.TokenEnd(index);

    public bool IsVerb(int index) => document.Has(Layer.Tags) && document.Upos(index) is "VERB" or "AUX";
}
