using System.CommandLine;
using Annalist.Cli.Commands.Knowledge;
using Annalist.Coding.Rules;

namespace Annalist.Cli.Commands;

/// <summary>`annalist rules build|check`: the coder's rule pack (data/coding), checked row by row and hashed into its manifest.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Check the event coder's rule pack (data/coding) and write its files' SHA-256 into its manifest.");
        command.Subcommands.Add(Make("build", "Check every row of data/coding and write the files' SHA-256 into data/coding/manifest.json (after a reviewed edit).", RulePackReader.Build));
        command.Subcommands.Add(Make("check", "Load data/coding as the coder does (hashes checked) and print its version and sizes.", d => RulePackReader.Read(d)));
        return command;
    }

    private static Command Make(string name, string description, Func<string, CodingRules> run)
    {
        var data = new Option<string?>("--data") { Description = "The data directory (default: data/ of the repository the working directory is in, else the one beside the binary)." };
        var command = new Command(name, description);
        command.Options.Add(data);
        command.SetAction(parsed =>
        {
            var directory = Path.Combine(KnowledgeCommand.DataRoot(parsed.GetValue(data)), CodingRules.Folder);
            var rules = run(directory);
            Console.WriteLine($"{directory}: rule pack {rules.Version}, {rules.Classes.Count()} word classes, {rules.Classes.Sum(c => c.Count)} words");
            return ExitCodes.Success;
        });
        return command;
    }
}
