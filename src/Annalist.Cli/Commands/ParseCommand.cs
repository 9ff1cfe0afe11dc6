using System.CommandLine;
using System.Text;
using System.Text.Json;
using Annalist.Composition;
using Annalist.Formats.Conllu;
using Annalist.Formats.Json;
using Annalist.Input;
using Annalist.Pipeline;

namespace Annalist.Cli.Commands;

/// <summary>`annalist parse`: sentences and tokens (and, once the models exist, tags, lemmas and dependencies) as CoNLL-U or JSON Lines.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var input = new InputArguments();
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: conllu (one token per line) or jsonl (one document per line).",
            DefaultValueFactory = _ => "conllu",
        };
        format.AcceptOnlyFromAmong("conllu", "jsonl");
        var pretokenized = new Option<bool>("--pretokenized")
        {
            Description = "Read CoNLL-U and keep its sentences and tokens exactly (for scoring against gold tokenization).",
        };

        var command = new Command("parse", "Split news text into sentences and tokens and annotate its syntax.");
        input.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(pretokenized);
        command.SetAction((parsed, cancellationToken) =>
        {
            var reader = input.CreateReader(parsed);
            var isPretokenized = parsed.GetValue(pretokenized);
            var records = isPretokenized ? ReadConllu(input.Paths(parsed), reader.Options) : reader.Read(input.Paths(parsed));
            return RunAsync(PipelineFactory.Parse(isPretokenized), records, parsed.GetValue(format)!, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(AnnotationPipeline pipeline, IEnumerable<InputRecord> records, string format, CancellationToken cancellationToken)
    {
        var reporter = new ProblemReporter(Console.Error);
        await using var stdout = Console.OpenStandardOutput();
        await using var buffered = new BufferedStream(stdout, 1 << 16);
        await using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16);
        await using var json = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        await foreach (var result in pipeline.RunAsync(records, cancellationToken: cancellationToken))
        {
            reporter.Report(result);
            if (result.Document is not { } document)
            {
                continue;
            }

            if (format == "jsonl")
            {
                DocumentJsonWriter.Write(document, json);
                await json.FlushAsync(cancellationToken);
                json.Reset();
                buffered.WriteByte((byte)'\n');
            }
            else
            {
                ConlluWriter.Write(document, text);
                await text.FlushAsync(cancellationToken);
            }
        }

        return reporter.ExitCode;
    }

    private static IEnumerable<InputRecord> ReadConllu(IReadOnlyList<string> paths, InputOptions options)
    {
        foreach (var path in paths)
        {
            if (path != "-" && !File.Exists(path))
            {
                yield return InputRecord.Failed(new Documents.SourceLocation(path), "no such file");
                continue;
            }

            using var reader = path == "-" ? new StreamReader(options.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
            var id = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
            foreach (var record in ConlluDocuments.Read(reader, path, id, options))
            {
                yield return record;
            }
        }
    }
}
