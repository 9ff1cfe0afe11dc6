namespace Annalist.Documents;

/// <summary>A sentence: its index in the document, its tokens and the characters they cover.</summary>
public readonly record struct Sentence(int Index, TokenRange Tokens, TextRange Range);
