using System.CommandLine;
using System.Text;
using System.Text.Json;
using Annalist.Cli.Output;
using Annalist.Composition;
using Annalist.Events;
using Annalist.Input;
using Annalist.Pipeline;
using Spectre.Console;

namespace Annalist.Cli.Commands;

/// <summary>`annalist code`: one record per event — who did what to whom, when, where, who says so — as JSON Lines, a table or TSV.</summary>
internal static class CodeCommand
{
    public static Command Create()
    {
        var input = new InputArguments();
        var format = new Option<string?>("--format", "-f")
        {
            Description = "jsonl (one event per line; the default when output is not a terminal), table (for people; the default on a terminal) or tsv.",
        };
        format.AcceptOnlyFromAmong("jsonl", "table", "tsv");
        var fast = new Option<bool>("--fast") { Description = "Rules only: skip the event-typing model (faster; every type then comes from a rule)." };
        var command = new Command("code", "Code political events (PLOVER and CAMEO) with actors, dates, places, claims and evidence.");
        input.AddTo(command);
        command.Options.Add(format);
        var explain = new Option<bool>("--explain")
        {
            Description = "In the table, show under each event the rule that decided its type, actor, recipient, date and place (JSON Lines always carry them in \"explain\").",
        };
        command.Options.Add(explain);
        command.Options.Add(fast);
        command.SetAction((parsed, cancellationToken) =>
        {
            var chosen = parsed.GetValue(format) ?? (Console.IsOutputRedirected ? "jsonl" : "table");
            var records = input.CreateReader(parsed).Read(input.Paths(parsed));
            return RunAsync(PipelineFactory.Code(fast: parsed.GetValue(fast)), records, chosen, parsed.GetValue(explain), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(AnnotationPipeline pipeline, IEnumerable<InputRecord> records, string format, bool explain, CancellationToken cancellationToken)
    {
        var reporter = new ProblemReporter(Console.Error);
        await using var stdout = Console.OpenStandardOutput();
        await using var buffered = new BufferedStream(stdout, 1 << 16);
        await using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16);
        await using var json = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var tsv = new EventTsvWriter(text);
        var table = new EventTableWriter(AnsiConsole.Console, text, TerminalLayout.ForStandardOutput(), explain);
        await foreach (var result in pipeline.RunAsync(records, cancellationToken: cancellationToken))
        {
            reporter.Report(result);
            if (result.Document is not { } document)
            {
                continue;
            }

            var events = document.GetExtension<DocumentEvents>()?.Events ?? [];
            switch (format)
            {
                case "jsonl":
                    foreach (var e in events)
                    {
                        EventJson.Write(e, json);
                        await json.FlushAsync(cancellationToken);
                        json.Reset();
                        buffered.WriteByte((byte)'\n');
                    }

                    break;
                case "tsv":
                    foreach (var e in events)
                    {
                        tsv.Write(e);
                    }

                    await text.FlushAsync(cancellationToken);
                    break;
                default:
                    table.Write(document.Metadata.Id, document.Text, events);
                    break;
            }
        }

        return reporter.ExitCode;
    }
}
