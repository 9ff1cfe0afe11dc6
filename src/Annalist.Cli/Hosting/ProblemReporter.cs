using Annalist.Documents;
using Annalist.Pipeline;

namespace Annalist.Cli;

/// <summary>Writes each problem as one line on standard error and counts failed and degraded records for the exit status.</summary>
internal sealed class ProblemReporter(TextWriter error)
{
    public int Records { get; private set; }

    public int Failed { get; private set; }

    public int Degraded { get; private set; }

    public void Report(PipelineResult result)
    {
        Records++;
        var warned = false;
        foreach (var problem in result.AllProblems())
        {
            error.WriteLine($"annalist: {problem}");
            warned |= problem.Severity == ProblemSeverity.Warning;
        }

        if (result.Failed)
        {
            Failed++;
        }
        else if (warned)
        {
            Degraded++;
        }
    }

    public int ExitCode => Failed + Degraded > 0 ? ExitCodes.SomeRecordsFailed : ExitCodes.Success;

    public string Summary => $"{Records} record(s): {Records - Failed} processed, {Failed} failed, {Degraded} with warnings";
}
