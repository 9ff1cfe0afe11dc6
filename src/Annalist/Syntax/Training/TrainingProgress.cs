namespace Annalist.Syntax.Training;

/// <summary>Where training is: a phase ("tagger", "tagger fold 2/4", "parser"), its epoch, and sentences done in the epoch.</summary>
public readonly record struct TrainingProgress(string Phase, int Epoch, int Epochs, int Done, int Total);
