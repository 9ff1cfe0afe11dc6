using Annalist.Syntax.Training;

namespace Annalist.Cli.Commands;

/// <summary>Prints result lines on standard output and, when standard error is a terminal, a one-line progress bar on it.</summary>
internal sealed class ConsoleTrainingMonitor(TextWriter output, TextWriter error) : ITrainingMonitor
{
    private readonly bool terminal = !Console.IsErrorRedirected;
    private bool barShown;

    public void Progress(TrainingProgress progress)
    {
        if (!terminal)
        {
            return;
        }

        const int width = 30;
        var fraction = progress.Total == 0 ? 1.0 : (double)progress.Done / progress.Total;
        var filled = (int)(fraction * width);
        error.Write($"\r{progress.Phase} epoch {progress.Epoch}/{progress.Epochs} [{new string('#', filled)}{new string('.', width - filled)}] {fraction * 100,3:F0}%   ");
        barShown = true;
    }

    public void Log(string line)
    {
        Clear();
        output.WriteLine(line);
        output.Flush();
    }

    public void Clear()
    {
        if (barShown)
        {
            error.Write("\r" + new string(' ', 79) + "\r");
            barShown = false;
        }
    }
}
