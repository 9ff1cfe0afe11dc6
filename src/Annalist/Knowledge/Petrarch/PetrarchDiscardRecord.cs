namespace Annalist.Knowledge.Petrarch;

/// <summary>
/// A discard phrase: a sentence containing it is not coded, or the whole story when <see cref="WholeStory"/>
/// (a leading <c>+</c>). <see cref="WordEnd"/> (a trailing <c>_</c>) requires the phrase to end at a word boundary;
/// otherwise its last word is a stem.
/// </summary>
public sealed record PetrarchDiscardRecord(string Phrase, bool WholeStory, bool WordEnd, int Line);
