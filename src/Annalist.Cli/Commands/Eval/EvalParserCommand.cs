using System.CommandLine;
using System.Diagnostics;
using Annalist.Syntax;
using Annalist.Syntax.Evaluation;
using Annalist.Syntax.Training;

namespace Annalist.Cli.Commands.Eval;

/// <summary>`annalist eval parser`: scores the syntax model on gold CoNLL-U with gold tokenization.</summary>
internal static class EvalParserCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold CoNLL-U file(s); each is scored separately.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var model = new Option<string?>("--model") { Description = "Model directory (default: the shipped data/models/en-syntax)." };
        var beam = new Option<int?>("--beam") { Description = "Decode with this parser beam width instead of the model's own (to measure what the width buys)." };
        var parser = new Command("parser", "Score tagging (UPOS, XPOS), lemmas and dependencies (UAS, LAS) against gold CoNLL-U, with its tokenization.");
        parser.Options.Add(gold);
        parser.Options.Add(model);
        parser.Options.Add(beam);
        parser.SetAction(parsed => Run(parsed.GetValue(gold)!, parsed.GetValue(model), parsed.GetValue(beam)));
        return parser;
    }

    private static int Run(string[] goldFiles, string? modelDirectory, int? beamWidth)
    {
        var watch = Stopwatch.StartNew();
        var syntax = modelDirectory is null ? SyntaxModel.LoadDefault() : SyntaxModel.Load(modelDirectory);
        Console.Out.WriteLine($"model loaded in {watch.Elapsed.TotalMilliseconds:F0} ms");
        if (beamWidth is { } width)
        {
            if (width is < 1 or > TrainingOptions.MaxParserBeamWidth)
            {
                throw new FatalCommandException($"--beam {width}: the beam width must be between 1 and {TrainingOptions.MaxParserBeamWidth}");
            }

            syntax = syntax.WithParserBeamWidth(width);
        }

        Console.Out.WriteLine($"parser beam width {syntax.ParserBeamWidth}");
        foreach (var file in goldFiles)
        {
            if (!File.Exists(file))
            {
                throw new FatalCommandException($"{file}: no such file");
            }

            IReadOnlyList<Documents.Document> documents;
            try
            {
                documents = SyntaxEvaluator.ReadGold(file);
            }
            catch (FormatException ex)
            {
                throw new FatalCommandException($"bad gold data: {ex.Message}");
            }

            watch.Restart();
            var scores = SyntaxEvaluator.Evaluate(syntax, documents);
            Console.Out.WriteLine($"{Path.GetFileName(file)}: {scores}  [{scores.Words / Math.Max(1e-9, watch.Elapsed.TotalSeconds):N0} words/s]");
        }

        return ExitCodes.Success;
    }
}
