using System.Text;
using Annalist.Documents;
using Annalist.Input;

namespace Annalist.Formats.Conllu;

/// <summary>
/// Turns pre-tokenized CoNLL-U into documents whose sentences and tokens are exactly those of the
/// file (one document per "# newdoc", or per file without them). The text is rebuilt from the word
/// forms, a space between words unless MISC says SpaceAfter=No. Gold annotation is copied when asked
/// (for training and scoring); the original sentences are kept as a <see cref="ConlluSource"/> layer
/// so the writer can reproduce comments and multiword tokens.
/// </summary>
public static class ConlluDocuments
{
    public static IEnumerable<InputRecord> Read(TextReader reader, string path, string idBase, InputOptions options, bool copyAnnotation = false)
    {
        var batch = new List<ConlluSentence>();
        var docId = idBase;
        var docLine = 1;
        var index = 0;
        foreach (var result in ConlluReader.Read(reader, path))
        {
            if (result.Sentence is not { } sentence)
            {
                yield return InputRecord.Failed(result.Location, $"malformed CoNLL-U: {result.Error}; sentence skipped");
                continue;
            }

            var newdoc = sentence.Comment("newdoc id") ?? sentence.Comment("newdoc");
            if (newdoc is not null && batch.Count > 0)
            {
                yield return InputRecord.Read(Build(batch, docId, new SourceLocation(path, docLine), options.DefaultDate, copyAnnotation));
                batch = [];
            }

            if (newdoc is not null || batch.Count == 0)
            {
                docId = newdoc is { Length: > 0 } ? newdoc : index == 0 ? idBase : $"{idBase}#{index}";
                docLine = sentence.Line;
                index++;
            }

            batch.Add(sentence);
        }

        if (batch.Count > 0)
        {
            yield return InputRecord.Read(Build(batch, docId, new SourceLocation(path, docLine), options.DefaultDate, copyAnnotation));
        }
    }

    public static Document Build(IReadOnlyList<ConlluSentence> sentences, string id, SourceLocation? origin, DateOnly? date, bool copyAnnotation)
    {
        var text = new StringBuilder();
        foreach (var sentence in sentences)
        {
            foreach (var word in sentence.Words)
            {
                text.Append(word.Form);
                if (word.SpaceAfter)
                {
                    text.Append(' ');
                }
            }

            if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }

            text[^1] = '\n';
        }

        var document = new Document(text.ToString(), new DocumentMetadata { Id = id, PublicationDate = date, Origin = origin });
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var first = document.TokenCount;
            foreach (var word in sentence.Words)
            {
                document.AddToken(offset, offset + word.Form.Length, word.Form);
                offset += word.Form.Length + (word.SpaceAfter ? 1 : 0);
            }

            if (!sentence.Words[^1].SpaceAfter)
            {
                offset++;
            }

            document.AddSentence(first, document.TokenCount);
            if (copyAnnotation)
            {
                for (var w = 0; w < sentence.Words.Count; w++)
                {
                    var word = sentence.Words[w];
                    var token = first + w;
                    document.SetTag(token, word.Upos, word.Xpos);
                    document.SetLemma(token, word.Lemma);
                    document.SetFeats(token, word.Feats);
                    if (word.Head >= 0)
                    {
                        document.SetHead(token, word.Head == 0 ? -1 : first + word.Head - 1, word.Deprel);
                    }
                }
            }
        }

        document.SetExtension(new ConlluSource(sentences));
        document.MarkProduced(Layer.Tokens);
        document.MarkProduced(Layer.Sentences);
        if (copyAnnotation)
        {
            document.MarkProduced(Layer.Tags);
            document.MarkProduced(Layer.Lemmas);
            document.MarkProduced(Layer.Dependencies);
        }

        return document;
    }
}

/// <summary>The CoNLL-U sentences a document was built from, one per document sentence.</summary>
public sealed record ConlluSource(IReadOnlyList<ConlluSentence> Sentences);
