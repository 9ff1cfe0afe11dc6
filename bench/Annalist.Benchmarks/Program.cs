using Annalist.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Annalist.Benchmarks -- --filter '*TextLayer*'
// After each run the throughput of every benchmark that declares its input size is printed in MB/s.
// dotnet run -c Release --project bench/Annalist.Benchmarks -- --syntax-cpu-time 10
// times tagging + parsing by processor time instead (see SyntaxCpuTime).
if (args is ["--syntax-cpu-time", ..])
{
    Annalist.Benchmarks.Syntax.SyntaxCpuTime.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
ThroughputReport.Print(summaries);
