using System.Globalization;
using Annalist.Documents;

namespace Annalist.Formats.Conllu;

/// <summary>
/// Writes a document as CoNLL-U: the columns its layers fill, "_" for the rest. Documents read from
/// CoNLL-U keep their comments, word IDs and multiword tokens; documents from raw text get
/// "# sent_id" and "# text" comments and their character offsets in MISC (TokenRange=start:end).
/// </summary>
public static class ConlluWriter
{
    public static void Write(Document document, TextWriter writer)
    {
        var source = document.GetExtension<ConlluSource>();
        if (source is null)
        {
            writer.Write("# newdoc id = ");
            writer.WriteLine(document.Metadata.Id);
        }

        foreach (var sentence in document.Sentences)
        {
            var original = source?.Sentences[sentence.Index];
            if (original is not null)
            {
                foreach (var comment in original.Comments)
                {
                    writer.WriteLine(comment);
                }
            }
            else
            {
                writer.WriteLine($"# sent_id = {document.Metadata.Id}-{sentence.Index + 1}");
                writer.WriteLine($"# text = {SingleLine(document.Text.AsSpan(sentence.Range.Start, sentence.Range.Length))}");
            }

            var first = sentence.Tokens.Start;
            for (var t = first; t < sentence.Tokens.End; t++)
            {
                var id = t - first + 1;
                if (original is not null)
                {
                    foreach (var mwt in original.MultiwordTokens)
                    {
                        if (mwt.First == id)
                        {
                            writer.WriteLine($"{mwt.First}-{mwt.Last}\t{mwt.Form}\t_\t_\t_\t_\t_\t_\t_\t{mwt.Misc}");
                        }
                    }
                }

                var head = document.Head(t);
                var deprel = document.Deprel(t);
                var headColumn = deprel is null ? "_" : head < 0 ? "0" : (head - first + 1).ToString(CultureInfo.InvariantCulture);
                var misc = original is not null ? original.Words[id - 1].Misc : RawMisc(document, t);
                writer.Write(id.ToString(CultureInfo.InvariantCulture));
                writer.Write('\t');
                writer.Write(document.FormSpan(t));
                writer.Write('\t');
                writer.Write(document.Lemma(t) ?? "_");
                writer.Write('\t');
                writer.Write(document.Upos(t) ?? "_");
                writer.Write('\t');
                writer.Write(document.Xpos(t) ?? "_");
                writer.Write('\t');
                writer.Write(document.Feats(t) ?? "_");
                writer.Write('\t');
                writer.Write(headColumn);
                writer.Write('\t');
                writer.Write(deprel ?? "_");
                writer.Write("\t_\t");
                writer.WriteLine(misc);
            }

            writer.WriteLine();
        }
    }

    private static string RawMisc(Document document, int token)
    {
        var range = $"TokenRange={document.TokenStart(token)}:{document.TokenEnd(token)}";
        return document.NoSpaceAfter(token) && token + 1 < document.TokenCount ? $"SpaceAfter=No|{range}" : range;
    }

    private static string SingleLine(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 4096 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                buffer[length++] = ' ';
            }

            space = false;
            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }
}
