using Annalist.Syntax.Evaluation;

namespace Annalist.Syntax.Training;

/// <summary>What <see cref="SyntaxTrainer"/> produced: the model, its dev scores (null without dev data) and the epochs kept.</summary>
public sealed record SyntaxTrainingResult(SyntaxModel Model, SyntaxScores? DevScores, int TrainSentences, int TrainWords, int TaggerEpochs, int TaggerSecondPassEpochs, int ParserEpochs);
