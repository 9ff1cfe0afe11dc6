using Annalist.Documents;
using Annalist.Formats.Conllu;

namespace Annalist.Syntax.Evaluation;

/// <summary>
/// Scores a <see cref="SyntaxModel"/> on gold CoNLL-U with gold tokenization: each gold document is
/// rebuilt without its annotation exactly as `annalist parse --pretokenized` builds it, annotated by
/// the same stages, and compared word by word with the gold columns.
/// </summary>
public static class SyntaxEvaluator
{
    public static SyntaxScores Evaluate(SyntaxModel model, IEnumerable<Document> goldDocuments)
    {
        ArgumentNullException.ThrowIfNull(model);
        var stages = model.Stages();
        long words = 0, upos = 0, xpos = 0, uas = 0, las = 0, ulas = 0, lemma = 0;
        foreach (var gold in goldDocuments)
        {
            var source = gold.GetExtension<ConlluSource>() ?? throw new ArgumentException("gold documents must be built from CoNLL-U", nameof(goldDocuments));
            var document = ConlluDocuments.Build(source.Sentences, gold.Metadata.Id, null, null, copyAnnotation: false);
            foreach (var stage in stages)
            {
                stage.Process(document);
            }

            for (var t = 0; t < gold.TokenCount; t++)
            {
                words++;
                upos += document.Upos(t) == gold.Upos(t) ? 1 : 0;
                xpos += document.Xpos(t) == gold.Xpos(t) ? 1 : 0;
                lemma += document.Lemma(t) == gold.Lemma(t) ? 1 : 0;
                if (document.Head(t) != gold.Head(t))
                {
                    continue;
                }

                uas++;
                var predicted = document.Deprel(t) ?? string.Empty;
                var expected = gold.Deprel(t) ?? string.Empty;
                las += predicted == expected ? 1 : 0;
                ulas += Universal(predicted).SequenceEqual(Universal(expected)) ? 1 : 0;
            }
        }

        double Percent(long n) => words == 0 ? 0 : Math.Round(100.0 * n / words, 2);
        return new SyntaxScores((int)words, Percent(upos), Percent(xpos), Percent(uas), Percent(las), Percent(ulas), Percent(lemma));
    }

    /// <summary>Reads gold CoNLL-U into annotated documents; throws <see cref="FormatException"/> on a malformed sentence.</summary>
    public static IReadOnlyList<Document> ReadGold(string path)
    {
        var documents = new List<Document>();
        using var reader = new StreamReader(path);
        foreach (var record in ConlluDocuments.Read(reader, path, Path.GetFileNameWithoutExtension(path), new Input.InputOptions(), copyAnnotation: true))
        {
            documents.Add(record.Document ?? throw new FormatException(string.Join("; ", record.Problems.Select(p => p.ToString()))));
        }

        return documents;
    }

    private static ReadOnlySpan<char> Universal(string label)
    {
        var colon = label.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? label : label.AsSpan(0, colon);
    }
}
