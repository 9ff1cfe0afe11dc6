using System.CommandLine;
using System.Text.Json;
using Annalist.Cli.Commands.Eval;
using Annalist.Coding.Typing;
using Annalist.Composition;
using Annalist.DataFiles;
using Annalist.Documents;
using Annalist.Evaluation.Plv;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist train pairs</c>: trains the pair selector (<see cref="PairSelector"/>) on the PLV sentences, the coder's
/// actor pairs of each sentence with the marked one among them, and writes <c>pairs.tsv</c> into the event-typing model's
/// directory, entering its hash and figures in that directory's manifest.
/// </summary>
internal static class PairsTrainCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "PLV_train.tsv (default: data/plv/PLV_train.tsv of the shared material).", Arity = ArgumentArity.ZeroOrOne };
        var shared = new Option<string?>("--shared") { Description = "The shared material (default: $ANNALIST_SHARED or ../shared beside the repository)." };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The event-typing model directory to write pairs.tsv to (its manifest.json gets the file's hash).",
            DefaultValueFactory = _ => DataDirectory.Default.PathOf("models", EventTypeModel.DefaultName),
        };
        var nonePairs = new Option<string?>("--write-none-pairs") { Description = "Also write FILE: the selector's first pair of each \"no pair\" treebank sentence (two in three), labelled NONE, for scripts/train-events --pairs FILE." };
        var command = new Command("pairs", "Train the pair selector (which actor pair a sentence is about) on the PLV sentences.");
        command.Arguments.Add(file);
        command.Options.Add(shared);
        command.Options.Add(output);
        command.Options.Add(nonePairs);
        command.SetAction(parsed =>
        {
            var sharedDirectory = SharedLocation.Resolve(parsed.GetValue(shared));
            var path = parsed.GetValue(file) ?? SharedLocation.Require(sharedDirectory, "data/plv/PLV_train.tsv");
            return Run(path, sharedDirectory, parsed.GetValue(output)!, parsed.GetValue(nonePairs));
        });
        return command;
    }

    private static int Run(string path, string shared, string directory, string? nonePairs)
    {
        var problems = new List<string>();
        var records = PlvReader.Read(path, problems);
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        var manifestPath = Path.Combine(directory, "manifest.json");
        if (!File.Exists(manifestPath))
        {
            throw new FatalCommandException($"{manifestPath}: not found (--out must be an event-typing model directory)");
        }

        var rules = PipelineFactory.Code(fast: true);
        var examples = records.Select(r => PairSelectionData.SelectionExample(r, rules.Process(new Document(r.Text, new DocumentMetadata { Id = r.Id }))))
            .OfType<PairSelectionExample>().ToList();
        var none = PairSelectionData.NoneExamples(shared, rules, Console.Out);
        var settings = new PairSelectorTraining.Settings();
        var selector = PairSelectorTraining.Train([.. examples, .. none], settings);
        var target = Path.Combine(directory, PairSelector.FileName);
        selector.Save(target, $"""
            Pair selector of annalist (PairSelector): feature, tab, weight; trained by `annalist train pairs` on
            {examples.Count} PLV sentences (Hu et al., ACL 2024; no sentence is shipped) whose marked pair is among the coder's pairs,
            and as "no pair" {none.Count} UD English EWT and GUM treebank sentences of genres that state no political event.
            Settings: epochs {settings.Epochs}, learning rate {settings.LearningRate}, L2 {settings.L2}, min count {settings.MinCount}, seed {settings.Seed}.
            """);
        var manifest = DataManifest.Load(manifestPath);
        var hashes = new SortedDictionary<string, string>(manifest.Sha256.ToDictionary(), StringComparer.Ordinal) { [PairSelector.FileName] = DataManifest.HashFile(target) };
        var metrics = new Dictionary<string, JsonElement>(manifest.Metrics ?? new Dictionary<string, JsonElement>())
        {
            ["pair_selector"] = JsonSerializer.SerializeToElement(new
            {
                sentences = examples.Count,
                none_sentences = none.Count,
                none_genres = PairSelectionData.Genres,
                features = selector.Count,
                plv = Path.GetFileName(path),
                plv_sha256 = DataManifest.HashFile(path),
                settings = new { epochs = settings.Epochs, learning_rate = settings.LearningRate, l2 = settings.L2, min_count = settings.MinCount, seed = settings.Seed },
            }),
        };
        (manifest with { Sha256 = hashes, Metrics = metrics }).Save(manifestPath);
        if (nonePairs is not null)
        {
            Console.WriteLine($"{nonePairs}: {PairSelectionData.WriteNonePairs(nonePairs, shared, rules, selector)} NONE pairs (scripts/train-events --pairs {nonePairs})");
        }

        Console.WriteLine($"{target}: {selector.Count} features from {examples.Count} PLV and {none.Count} \"no pair\" sentences; {manifestPath} updated");
        return ExitCodes.Success;
    }
}
