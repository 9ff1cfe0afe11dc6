namespace Annalist.Syntax.Training;

/// <summary>Receives training progress (for a progress bar) and result lines (dev scores per epoch).</summary>
public interface ITrainingMonitor
{
    void Progress(TrainingProgress progress);

    void Log(string line);
}
