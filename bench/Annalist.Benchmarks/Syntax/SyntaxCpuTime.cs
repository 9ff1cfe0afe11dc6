using System.Diagnostics;

namespace Annalist.Benchmarks.Syntax;

/// <summary>
/// `-- --syntax-cpu-time [passes]`: tagging + parsing of the news corpus on one thread, timed by the
/// processor time the process used as well as by the clock. On a machine shared with other work the
/// clock counts the time other processes had the core; processor time mostly does not, so it compares
/// models (or beam widths) measured at different moments more fairly than BenchmarkDotNet's wall times.
/// </summary>
internal static class SyntaxCpuTime
{
    public static void Run(int passes)
    {
        var benchmark = new SyntaxBenchmarks();
        benchmark.GlobalSetup();
        benchmark.TagAndParse();
        benchmark.TagAndParse();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var p = 0; p < passes; p++)
        {
            benchmark.TagAndParse();
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var tokens = (double)benchmark.InputUnits * passes;
        Console.WriteLine($"TagAndParse, {passes} passes of {benchmark.InputUnits:N0} tokens: {tokens / cpu:N0} tokens/s of processor time, {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s of clock time");
    }
}
