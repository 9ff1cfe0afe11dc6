using Annalist.Documents;
using Annalist.Formats.Conllu;
using Annalist.Text;

namespace Annalist.Evaluation;

/// <summary>
/// Scores the text layer against a treebank: token F1 (a predicted token is right when its character
/// span equals a gold word's) and sentence F1 (span equality), on raw text rebuilt from "# text".
/// </summary>
public static class SegmentationEvaluator
{
    public static SegmentationScores Evaluate(string conlluPath, TextSegmentationStage? stage = null)
    {
        stage ??= new TextSegmentationStage();
        var tokens = default(F1Score);
        var sentences = default(F1Score);
        var documents = 0;
        foreach (var gold in GoldText.FromConllu(ConlluReader.ReadFileStrict(conlluPath), Path.GetFileNameWithoutExtension(conlluPath)))
        {
            documents++;
            var document = new Document(gold.Text, new DocumentMetadata { Id = gold.Id });
            stage.Process(document);
            var predictedTokens = new List<TextRange>(document.TokenCount);
            for (var t = 0; t < document.TokenCount; t++)
            {
                predictedTokens.Add(document.TokenRangeOf(t));
            }

            tokens += Score(gold.Words, predictedTokens);
            sentences += Score(gold.Sentences, document.Sentences.Select(s => s.Range).ToList());
        }

        return new SegmentationScores(documents, tokens, sentences);
    }

    private static F1Score Score(IReadOnlyList<TextRange> gold, IReadOnlyList<TextRange> predicted)
    {
        var goldSet = new HashSet<TextRange>(gold);
        var correct = predicted.Count(goldSet.Contains);
        return new F1Score(gold.Count, predicted.Count, correct);
    }
}

/// <summary>Token and sentence scores of the text layer on one treebank.</summary>
public sealed record SegmentationScores(int Documents, F1Score Tokens, F1Score Sentences);
