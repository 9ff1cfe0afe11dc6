using Annalist.Documents;
using Annalist.Formats.Conllu;

namespace Annalist.Tests.TestSupport;

/// <summary>Builds documents from hand-written CoNLL-U (gold tags, lemmas and heads), so coding stages are tested without the parser.</summary>
internal static class Parsed
{
    public static Document FromSpec(string name, DateOnly? publication = null) =>
        FromConllu(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "parses", name)), name, publication);

    public static Document FromConllu(string conllu, string id = "doc", DateOnly? publication = null)
    {
        using var reader = new StringReader(conllu);
        var sentences = ConlluReader.Read(reader, id).Select(r => r.Sentence ?? throw new FormatException(r.Error)).ToList();
        return ConlluDocuments.Build(sentences, id, null, publication, copyAnnotation: true);
    }

    /// <summary>The first token with this form.</summary>
    public static int Token(this Document document, string form)
    {
        for (var t = 0; t < document.TokenCount; t++)
        {
            if (document.Form(t) == form)
            {
                return t;
            }
        }

        throw new ArgumentException($"no token '{form}'", nameof(form));
    }
}
