namespace Annalist.Knowledge.Matching;

/// <summary>A sequence of token forms to match dictionary phrases against (a document, or a tokenized string), with their offsets.</summary>
public interface ITokenForms
{
    int Count { get; }

    /// <summary>The text the offsets point into (a document's original text).</summary>
    string Text { get; }

    ReadOnlySpan<char> Form(int index);

    int Start(int index);

    int End(int index);

    /// <summary>Whether the token is known to be a verb (tagged text); false when no tags are available.</summary>
    bool IsVerb(int index) => false;
}
