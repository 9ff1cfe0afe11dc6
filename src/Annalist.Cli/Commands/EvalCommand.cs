using System.CommandLine;
using Annalist.Cli.Commands.Eval;

namespace Annalist.Cli.Commands;

/// <summary>`annalist eval`: measures each layer against reference data; one subcommand per layer.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure Annalist against reference data (treebanks, validation suites, gold records).");
        command.Subcommands.Add(EvalTextCommand.Create());
        command.Subcommands.Add(EvalParserCommand.Create());
        foreach (var coder in EvalCoderCommands.Create())
        {
            command.Subcommands.Add(coder);
        }
        return command;
    }
}
