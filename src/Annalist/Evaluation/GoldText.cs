using System.Text;
using Annalist.Documents;
using Annalist.Formats.Conllu;

namespace Annalist.Evaluation;

/// <summary>
/// Raw text rebuilt from a CoNLL-U treebank's "# text" lines, with the gold word and sentence spans in
/// it: sentences of a paragraph joined by one space, paragraphs ("# newpar") and documents ("# newdoc")
/// separated by a blank line. Words of a multiword token share its surface span, split where the
/// word forms concatenate to the surface ("do" + "n't" = "don't"), else the token counts as one span.
/// </summary>
public sealed record GoldText(string Id, string Text, IReadOnlyList<TextRange> Words, IReadOnlyList<TextRange> Sentences)
{
    public static IEnumerable<GoldText> FromConllu(IEnumerable<ConlluSentence> sentences, string id)
    {
        var text = new StringBuilder();
        var words = new List<TextRange>();
        var spans = new List<TextRange>();
        var docId = id;
        var count = 0;
        foreach (var sentence in sentences)
        {
            var newdoc = sentence.Comment("newdoc id") ?? sentence.Comment("newdoc");
            if (newdoc is not null && spans.Count > 0)
            {
                yield return new GoldText(docId, text.ToString(), words, spans);
                text.Clear();
                words = [];
                spans = [];
            }

            if (newdoc is not null || count == 0)
            {
                docId = newdoc is { Length: > 0 } ? newdoc : $"{id}#{count}";
            }

            count++;
            var raw = sentence.Comment("text") ?? string.Join(' ', sentence.Words.Select(w => w.Form));
            if (text.Length > 0)
            {
                text.Append(sentence.Comment("newpar") is not null || sentence.Comment("newpar id") is not null ? "\n\n" : " ");
            }

            var offset = text.Length;
            text.Append(raw);
            spans.Add(new TextRange(offset, offset + raw.Length));
            AlignWords(sentence, raw, offset, words);
        }

        if (spans.Count > 0)
        {
            yield return new GoldText(docId, text.ToString(), words, spans);
        }
    }

    private static void AlignWords(ConlluSentence sentence, string raw, int offset, List<TextRange> words)
    {
        var position = 0;
        var w = 0;
        while (w < sentence.Words.Count)
        {
            var mwt = sentence.MultiwordTokens.FirstOrDefault(m => m.First == w + 1);
            var surface = mwt?.Form ?? sentence.Words[w].Form;
            var found = raw.IndexOf(surface, position, StringComparison.Ordinal);
            if (found < 0)
            {
                throw new FormatException($"line {sentence.Line}: word '{surface}' not found in the sentence text");
            }

            if (mwt is null)
            {
                words.Add(new TextRange(offset + found, offset + found + surface.Length));
                w++;
            }
            else
            {
                var parts = sentence.Words.Skip(mwt.First - 1).Take(mwt.Last - mwt.First + 1).Select(x => x.Form).ToList();
                if (string.Concat(parts).Equals(surface, StringComparison.OrdinalIgnoreCase))
                {
                    var start = found;
                    foreach (var part in parts)
                    {
                        words.Add(new TextRange(offset + start, offset + start + part.Length));
                        start += part.Length;
                    }
                }
                else
                {
                    words.Add(new TextRange(offset + found, offset + found + surface.Length));
                }

                w = mwt.Last;
            }

            position = found + surface.Length;
        }
    }
}
