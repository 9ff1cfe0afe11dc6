using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Annalist.Composition;
using Annalist.Documents;
using Annalist.Input;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist benchmark code|parse INPUT...`: end-to-end throughput of a pipeline on the given
/// documents, read once into memory, after a warm-up pass: sentences/s and tokens/s on one thread
/// (the per-core figure) and on all cores. Input reading and output writing are excluded; the whole
/// process is measured with `time annalist code ...` instead.
/// </summary>
internal static class BenchmarkCommand
{
    public static Command Create()
    {
        var command = new Command("benchmark", "Measure pipeline throughput (sentences/s, tokens/s) on one core and on all cores.");
        command.Subcommands.Add(Make("code", "The full coding pipeline (text, syntax, coder, event-typing model).", () => PipelineFactory.Code()));
        command.Subcommands.Add(Make("code-fast", "The coding pipeline with the rules only (annalist code --fast).", () => PipelineFactory.Code(fast: true)));
        command.Subcommands.Add(Make("parse", "Text layer and syntax only.", () => PipelineFactory.Parse(pretokenized: false)));
        return command;
    }

    private static Command Make(string name, string description, Func<AnnotationPipeline> build)
    {
        var input = new InputArguments();
        var seconds = new Option<double>("--seconds") { Description = "Minimum measured time per configuration.", DefaultValueFactory = _ => 5.0 };
        var threads = new Option<int>("--threads") { Description = "Threads for the all-cores run (default: all processors).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command(name, description);
        input.AddTo(command);
        command.Options.Add(seconds);
        command.Options.Add(threads);
        command.SetAction(parsed =>
        {
            var texts = input.CreateReader(parsed).Read(input.Paths(parsed)).Where(r => r.Document is not null).Select(r => (r.Document!.Text, r.Document.Metadata)).ToList();
            if (texts.Count == 0)
            {
                throw new FatalCommandException("no documents to measure");
            }

            var pipeline = build();
            Run(pipeline, texts, 1, 0.5, warmUp: true);
            var one = Run(pipeline, texts, 1, parsed.GetValue(seconds), warmUp: false);
            var all = Run(pipeline, texts, Math.Max(1, parsed.GetValue(threads)), parsed.GetValue(seconds), warmUp: false);
            Console.WriteLine($"{texts.Count} documents, {one.Sentences / Math.Max(1, one.Passes)} sentences, {one.Tokens / Math.Max(1, one.Passes)} tokens per pass");
            Console.WriteLine(one.Report("1 thread"));
            Console.WriteLine(all.Report($"{parsed.GetValue(threads)} threads"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Measurement Run(AnnotationPipeline pipeline, List<(string Text, DocumentMetadata Metadata)> texts, int threads, double minimumSeconds, bool warmUp)
    {
        long sentences = 0;
        long tokens = 0;
        var passes = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            var counts = new (int Sentences, int Tokens)[texts.Count];
            Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                var document = pipeline.Process(new Document(texts[i].Text, texts[i].Metadata));
                counts[i] = (document.Sentences.Count, document.TokenCount);
            });
            sentences += counts.Sum(c => c.Sentences);
            tokens += counts.Sum(c => c.Tokens);
            passes++;
        }
        while (watch.Elapsed.TotalSeconds < minimumSeconds && !warmUp);

        return new Measurement(passes, sentences, tokens, watch.Elapsed.TotalSeconds);
    }

    private sealed record Measurement(int Passes, long Sentences, long Tokens, double Seconds)
    {
        public string Report(string label) => string.Create(
            CultureInfo.InvariantCulture,
            $"{label,-12} {Sentences / Seconds,10:N0} sentences/s  {Tokens / Seconds,12:N0} tokens/s  ({Passes} passes in {Seconds:F1} s)");
    }
}
