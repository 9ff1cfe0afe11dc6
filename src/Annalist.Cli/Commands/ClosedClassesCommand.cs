using System.CommandLine;
using Annalist.DataFiles;
using Annalist.Syntax;
using Annalist.Syntax.Training;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist train closed-classes`: writes the closed-class words of training treebanks into an existing syntax model
/// directory and its manifest, so that a model trained before <see cref="ClosedClassLexicon"/> existed keeps its
/// closed classes to them without retraining (`train parser` writes the file itself).
/// </summary>
internal static class ClosedClassesCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train")
        {
            Description = "The CoNLL-U files the model was trained on.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string>("--model") { Description = "Syntax model directory to add the file to.", DefaultValueFactory = _ => DataDirectory.Default.PathOf("models", SyntaxModel.DefaultName) };
        var command = new Command("closed-classes", $"Write the closed-class words of the training treebanks ({SyntaxModel.ClosedClassesFile}) into a syntax model and its manifest.");
        command.Options.Add(train);
        command.Options.Add(model);
        command.SetAction(parsed => Run(parsed.GetValue(train)!, parsed.GetValue(model)!));
        return command;
    }

    private static int Run(string[] trainFiles, string directory)
    {
        var manifestPath = Path.Combine(directory, SyntaxModel.ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new FatalCommandException($"{manifestPath}: no such file (not a syntax model directory)");
        }

        try
        {
            var (words, classes) = SyntaxTrainer.AddClosedClasses(directory, trainFiles);
            Console.Out.WriteLine($"wrote {Path.Combine(directory, SyntaxModel.ClosedClassesFile)}: {words:N0} words, {classes:N0} word classes");
        }
        catch (Exception ex) when (ex is FormatException or FileNotFoundException)
        {
            throw new FatalCommandException($"bad training data: {ex.Message}");
        }

        return ExitCodes.Success;
    }
}
