namespace Annalist.Syntax;

/// <summary>
/// The tagger predicts one class per word: a UPOS and Penn XPOS pair ("VERB VBD"). Predicting the
/// pair keeps the two tags consistent and gives the parser the finer distinctions of both.
/// </summary>
internal static class TagClass
{
    public static string Of(string upos, string xpos) => upos + " " + xpos;

    public static (string Upos, string Xpos) Split(string tagClass)
    {
        var space = tagClass.IndexOf(' ', StringComparison.Ordinal);
        return (string.Intern(tagClass[..space]), string.Intern(tagClass[(space + 1)..]));
    }
}
