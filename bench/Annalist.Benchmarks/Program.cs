using Annalist.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Annalist.Benchmarks -- --filter '*TextLayer*'
// After each run the throughput of every benchmark that declares its input size is printed in MB/s.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);
ThroughputReport.Print(summaries);
