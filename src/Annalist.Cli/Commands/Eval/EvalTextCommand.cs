using System.CommandLine;
using Annalist.Evaluation;

namespace Annalist.Cli.Commands.Eval;

/// <summary>`annalist eval text`: token and sentence F1 of the text layer on a treebank.</summary>
internal static class EvalTextCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo[]>("--gold")
        {
            Description = "CoNLL-U treebank(s) whose \"# text\" lines are rebuilt into raw text and whose words and sentences are the reference.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("text", "Token and sentence F1 of the tokenizer and sentence splitter on raw text rebuilt from a treebank.");
        command.Options.Add(gold);
        command.SetAction(parsed =>
        {
            foreach (var file in parsed.GetValue(gold)!)
            {
                if (!file.Exists)
                {
                    throw new FatalCommandException($"{file.FullName}: no such file");
                }

                var scores = SegmentationEvaluator.Evaluate(file.FullName);
                Console.WriteLine($"{file.Name}: {scores.Documents} documents");
                Console.WriteLine($"  tokens    {scores.Tokens}");
                Console.WriteLine($"  sentences {scores.Sentences}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
