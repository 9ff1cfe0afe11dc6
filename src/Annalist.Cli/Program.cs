using System.CommandLine;
using System.Text;
using Annalist.Cli;
using Annalist.Cli.Commands;
using Annalist.Cli.Commands.Knowledge;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("Annalist: turns news into sourced, dated, placed political event records (CAMEO and PLOVER).");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(PlacesCommand.Create());
root.Subcommands.Add(KnowledgeCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(BenchmarkCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(DyadsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(EnqueueCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(QueueCommand.Create());

return await CommandLineHost.RunAsync(root, args);
