using System.CommandLine;
using Annalist.Cli.Ingest;
using Annalist.Composition;
using Annalist.Input;
using Annalist.Pipeline;
using Annalist.Storage;
using Annalist.Storage.Documents;
using Spectre.Console;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist ingest`: codes documents in parallel and stores them with their events in batched
/// transactions. Documents already stored (same URL or same normalised text) are skipped before
/// coding, and again inside the write transaction, so a re-run changes nothing. A document counts as
/// stored (in the summary, and in --list output) only once its batch has committed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var input = new InputArguments();
        var store = new StoreOption();
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per transaction.", DefaultValueFactory = _ => 200 }.AtLeastOne();
        var list = new Option<bool>("--list") { Description = "Write the id of each document on standard output once it is stored (committed)." };
        var progress = new Option<string>("--progress") { Description = "auto (a live bar on a terminal, else a summary), bar, or plain (summary only).", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "bar", "plain");
        var textOnly = new Option<bool>("--text-only") { Description = "Store documents (searchable, with sentence offsets) without coding events; needs no syntax model." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Read and code everything, store nothing (the store is not opened): what ingest costs without the store." };
        var merge = new MergeOptions();

        var command = new Command("ingest", "Code documents (files, directories, feeds, standard input) and store them with their events, merging reports of the same event across articles.");
        input.AddTo(command);
        store.AddTo(command);
        command.Options.Add(batchSize);
        command.Options.Add(list);
        command.Options.Add(progress);
        command.Options.Add(textOnly);
        command.Options.Add(dryRun);
        merge.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var rule = merge.Rule(parsed);
            // The pipeline first: a missing model is reported (exit status 3) before any store is created.
            var pipeline = parsed.GetValue(textOnly) ? PipelineFactory.TextOnly() : PipelineFactory.Code();
            await using var eventStore = parsed.GetValue(dryRun) ? null : await store.OpenAsync(parsed, StoreOpenMode.CreateOrMigrate, rule, cancellationToken);
            var run = new IngestRun(eventStore, pipeline, parsed.GetValue(batchSize), parsed.GetValue(list));
            var records = input.CreateReader(parsed).Read(input.Paths(parsed));
            var mode = parsed.GetValue(progress);
            var live = mode == "bar" || (mode == "auto" && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb"));
            int exit;
            if (live)
            {
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
                exit = ExitCodes.Success;
                await console.Progress()
                    .AutoClear(false)
                    .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("starting").IsIndeterminate();
                        run.Changed = () => task.Description = Markup.Escape(run.Counters.Line());
                        exit = await run.RunAsync(records, new ConsoleLineWriter(console), cancellationToken);
                        task.Description = Markup.Escape(run.Counters.Line());
                        task.StopTask();
                    });
            }
            else
            {
                exit = await run.RunAsync(records, Console.Error, cancellationToken);
            }

            await Console.Error.WriteLineAsync(run.Counters.Summary(eventStore?.Location.ToString() ?? "nothing (--dry-run)"));
            return exit;
        });
        return command;
    }
}
