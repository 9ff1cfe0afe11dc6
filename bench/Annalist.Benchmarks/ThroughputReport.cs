using BenchmarkDotNet.Reports;

namespace Annalist.Benchmarks;

/// <summary>Turns mean times into MB/s for benchmarks whose type implements <see cref="IHasInputSize"/>.</summary>
public static class ThroughputReport
{
    public static void Print(IEnumerable<Summary> summaries)
    {
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                if (report.ResultStatistics is not { } stats || Activator.CreateInstance(report.BenchmarkCase.Descriptor.Type) is not IHasInputSize sized)
                {
                    continue;
                }

                var seconds = stats.Mean / 1e9;
                var megabytes = sized.InputBytes / 1_000_000.0;
                Console.WriteLine($"{report.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo}: {megabytes / seconds:F1} MB/s ({sized.InputBytes:N0} bytes in {stats.Mean / 1e6:F2} ms), {sized.InputUnits / seconds:N0} {sized.UnitName}/s");
            }
        }
    }
}

/// <summary>A benchmark that processes a known amount of input per operation.</summary>
public interface IHasInputSize
{
    long InputBytes { get; }

    long InputUnits { get; }

    string UnitName { get; }
}
