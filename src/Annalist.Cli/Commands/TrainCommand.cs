using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Annalist.DataFiles;
using Annalist.Syntax;
using Annalist.Syntax.Training;
using Annalist.Syntax.Training.Clusters;

namespace Annalist.Cli.Commands;

/// <summary>`annalist train parser`: trains the tagger, lemmatizer and parser from CoNLL-U and writes a model directory.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train")
        {
            Description = "Training CoNLL-U files (in this order; the order matters for reproducibility).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dev = new Option<string?>("--dev") { Description = "Development CoNLL-U file: dev scores per epoch, and the epochs kept." };
        var output = new Option<string>("--out", "-o") { Description = "Model directory to write (created; existing model files are replaced).", Required = true };
        var defaults = new TrainingOptions();
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => defaults.Seed };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger epochs (the best on dev is kept).", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "Parser epochs (the best on dev is kept).", DefaultValueFactory = _ => defaults.ParserEpochs };
        var passes = new Option<int>("--tagger-passes") { Description = "Tagger passes: 2 adds a pass that sees the first pass's tags to the right.", DefaultValueFactory = _ => defaults.TaggerPasses };
        var minCount = new Option<int>("--parser-min-count") { Description = "Parser features seen fewer times in training get no weights.", DefaultValueFactory = _ => defaults.ParserMinFeatureCount };
        var taggerMinCount = new Option<int>("--tagger-min-count") { Description = "Tagger features seen fewer times in training get no weights.", DefaultValueFactory = _ => defaults.TaggerMinFeatureCount };
        var ambiguityMinCount = new Option<int>("--ambiguity-min-count") { Description = "Words seen fewer times get no tagger ambiguity class.", DefaultValueFactory = _ => defaults.AmbiguityMinCount };
        var folds = new Option<int>("--folds") { Description = "Jackknife folds for the parser's training tags (1: gold tags).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var beam = new Option<int>("--beam") { Description = "Parser beam width: 1 is greedy (dynamic oracle); more is beam search trained globally (max-violation), slower to parse. The model decodes with it.", DefaultValueFactory = _ => defaults.ParserBeamWidth };
        var decodeBeam = new Option<int?>("--decode-beam") { Description = "Beam width the model decodes with, if not the training --beam (a model trained with a wide beam decodes well with a narrower, faster one)." };
        var clusters = new Option<string?>("--clusters") { Description = "Word-cluster table (from `annalist train clusters`): its clusters become tagger features and ship with the model." };

        var parser = new Command("parser", "Train the POS tagger, lemmatizer and dependency parser (the model `annalist parse` uses).");
        parser.Options.Add(train);
        parser.Options.Add(dev);
        parser.Options.Add(output);
        parser.Options.Add(seed);
        parser.Options.Add(taggerEpochs);
        parser.Options.Add(parserEpochs);
        parser.Options.Add(passes);
        parser.Options.Add(minCount);
        parser.Options.Add(ambiguityMinCount);
        parser.Options.Add(taggerMinCount);
        parser.Options.Add(folds);
        parser.Options.Add(beam);
        parser.Options.Add(decodeBeam);
        parser.Options.Add(clusters);
        parser.SetAction(parsed =>
        {
            var options = defaults with
            {
                Seed = parsed.GetValue(seed),
                TaggerEpochs = parsed.GetValue(taggerEpochs),
                ParserEpochs = parsed.GetValue(parserEpochs),
                JackknifeFolds = parsed.GetValue(folds),
                TaggerPasses = parsed.GetValue(passes),
                ParserMinFeatureCount = parsed.GetValue(minCount),
                AmbiguityMinCount = parsed.GetValue(ambiguityMinCount),
                TaggerMinFeatureCount = parsed.GetValue(taggerMinCount),
                ClustersFile = parsed.GetValue(clusters),
                ParserBeamWidth = parsed.GetValue(beam),
                ParserDecodeBeamWidth = parsed.GetValue(decodeBeam),
            };
            return Run(parsed.GetValue(train)!, parsed.GetValue(dev), parsed.GetValue(output)!, options);
        });

        var command = new Command("train", "Train Annalist's models.");
        command.Subcommands.Add(parser);
        command.Subcommands.Add(ClustersCommand.Create());
        command.Subcommands.Add(ClosedClassesCommand.Create());
        command.Subcommands.Add(EventsEncoderCommand.Create());
        command.Subcommands.Add(PairsTrainCommand.Create());
        return command;
    }

    private static int Run(string[] trainFiles, string? devFile, string outDirectory, TrainingOptions options)
    {
        if (options.ParserBeamWidth is < 1 or > TrainingOptions.MaxParserBeamWidth)
        {
            throw new FatalCommandException($"--beam {options.ParserBeamWidth}: the beam width must be between 1 and {TrainingOptions.MaxParserBeamWidth}");
        }

        if (options.ParserDecodeBeamWidth is < 1 or > TrainingOptions.MaxParserBeamWidth)
        {
            throw new FatalCommandException($"--decode-beam {options.ParserDecodeBeamWidth}: the beam width must be between 1 and {TrainingOptions.MaxParserBeamWidth}");
        }

        string[] inputs = [.. trainFiles, .. devFile is null ? [] : new[] { devFile }, .. options.ClustersFile is null ? [] : new[] { options.ClustersFile }];
        foreach (var file in inputs)
        {
            if (!File.Exists(file))
            {
                throw new FatalCommandException($"{file}: no such file");
            }
        }

        var monitor = new ConsoleTrainingMonitor(Console.Out, Console.Error);
        var started = DateTime.UtcNow;
        SyntaxTrainingResult result;
        try
        {
            result = new SyntaxTrainer(options, monitor).Train(trainFiles, devFile);
        }
        catch (FormatException ex)
        {
            throw new FatalCommandException($"bad training data: {ex.Message}");
        }

        monitor.Clear();
        Directory.CreateDirectory(outDirectory);
        var licenses = CopyLicenses(options.ClustersFile is null ? trainFiles : [.. trainFiles, options.ClustersFile], outDirectory);
        var manifest = result.Model.Save(outDirectory, Manifest(trainFiles, devFile, options, result, licenses));
        var seconds = (DateTime.UtcNow - started).TotalSeconds;
        Console.Out.WriteLine($"wrote {outDirectory} ({manifest.Sha256.Count} files) in {seconds:F0} s");
        if (result.DevScores is { } scores)
        {
            Console.Out.WriteLine($"dev: {scores}");
        }

        return ExitCodes.Success;
    }

    /// <summary>The command that reproduces the model: every setting that is not the default is written out.</summary>
    internal static string CommandLine(IReadOnlyList<string> trainFiles, string? devFile, TrainingOptions options)
    {
        var defaults = new TrainingOptions();
        var line = new System.Text.StringBuilder("annalist train parser");
        foreach (var file in trainFiles)
        {
            line.Append(" --train ").Append(Path.GetFileName(file));
        }

        if (devFile is not null)
        {
            line.Append(" --dev ").Append(Path.GetFileName(devFile));
        }

        void Setting<T>(string name, T value, T standard)
        {
            if (!EqualityComparer<T>.Default.Equals(value, standard))
            {
                line.Append(' ').Append(name).Append(' ').Append(value);
            }
        }

        Setting("--seed", options.Seed, defaults.Seed);
        Setting("--tagger-epochs", options.TaggerEpochs, defaults.TaggerEpochs);
        Setting("--tagger-passes", options.TaggerPasses, defaults.TaggerPasses);
        Setting("--tagger-min-count", options.TaggerMinFeatureCount, defaults.TaggerMinFeatureCount);
        Setting("--ambiguity-min-count", options.AmbiguityMinCount, defaults.AmbiguityMinCount);
        Setting("--parser-epochs", options.ParserEpochs, defaults.ParserEpochs);
        Setting("--parser-min-count", options.ParserMinFeatureCount, defaults.ParserMinFeatureCount);
        Setting("--folds", options.JackknifeFolds, defaults.JackknifeFolds);
        Setting("--beam", options.ParserBeamWidth, defaults.ParserBeamWidth);
        if (options.ParserDecodeBeamWidth is { } decode)
        {
            line.Append(" --decode-beam ").Append(decode);
        }

        if (options.ClustersFile is not null)
        {
            line.Append(" --clusters ").Append(Path.GetFileName(options.ClustersFile));
        }

        return line.ToString();
    }

    private static DataManifest Manifest(string[] trainFiles, string? devFile, TrainingOptions options, SyntaxTrainingResult result, IReadOnlyList<string> licenses)
    {
        var clusters = options.ClustersFile is null ? ((string Provenance, string Attribution)?)null : ClustersCommand.SourceOf(options.ClustersFile);
        var metrics = new Dictionary<string, JsonElement>
        {
            ["training"] = JsonSerializer.SerializeToElement(new
            {
                files = trainFiles.Select(Path.GetFileName).ToArray(),
                sentences = result.TrainSentences,
                words = result.TrainWords,
                seed = options.Seed,
                tagger_passes = options.TaggerPasses,
                tagger_epochs = result.TaggerEpochs,
                tagger_second_pass_epochs = result.TaggerSecondPassEpochs,
                parser_epochs = result.ParserEpochs,
                jackknife_folds = options.JackknifeFolds,
                parser_min_feature_count = options.ParserMinFeatureCount,
                ambiguity_min_count = options.AmbiguityMinCount,
                tagger_min_feature_count = options.TaggerMinFeatureCount,
                clusters = options.ClustersFile is null ? null : Path.GetFileName(options.ClustersFile),
                parser_beam_width = options.ParserBeamWidth == 1 ? (int?)null : options.ParserBeamWidth,
                parser_decode_beam_width = options.ParserDecodeBeamWidth,
            }),
        };
        if (result.DevScores is { } scores)
        {
            metrics["dev"] = JsonSerializer.SerializeToElement(new
            {
                file = Path.GetFileName(devFile),
                words = scores.Words,
                upos = scores.Upos,
                xpos = scores.Xpos,
                uas = scores.Uas,
                las = scores.Las,
                las_universal_labels = scores.UniversalLas,
                lemma = scores.Lemma,
            });
        }

        return new DataManifest
        {
            Name = SyntaxModel.DefaultName,
            Version = "1.0.0",
            Description = $"English POS tagger (UPOS+XPOS), lemmatizer and arc-eager dependency parser (UD style); averaged perceptrons over hashed features; binary format {SyntaxModel.FormatVersion}",
            Sources = [.. trainFiles.Select(f => $"{Path.GetFileName(f)} sha256:{DataManifest.HashFile(f)}"), "trained with: " + CommandLine(trainFiles, devFile, options),
                .. clusters is { } source ? new[] { $"{SyntaxModel.ClustersFile}: {source.Provenance}" } : []],
            License = "CC BY-SA 4.0 (derived from UD English-EWT annotations, ShareAlike) and CC BY 4.0 (GUM annotations); see " + (licenses.Count > 0 ? string.Join(", ", licenses) : "the treebanks' licenses"),
            Attribution = "Universal Dependencies English Web Treebank (c) Stanford University, CC BY-SA 4.0; GUM corpus, Zeldes (2017), Language Resources and Evaluation 51(3):581-612, https://gucorpling.org/gum/, CC BY 4.0"
                + (clusters is { } origin ? "; " + origin.Attribution : string.Empty),
            Metrics = metrics,
        };
    }

    /// <summary>Copies LICENSE*.txt files found beside the training files into the model directory.</summary>
    private static List<string> CopyLicenses(string[] trainFiles, string outDirectory)
    {
        var copied = new List<string>();
        foreach (var directory in trainFiles.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!).Distinct())
        {
            foreach (var license in Directory.GetFiles(directory, "LICENSE*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(license);
                if (!copied.Contains(name))
                {
                    var target = Path.Combine(outDirectory, name);
                    if (Path.GetFullPath(target) == Path.GetFullPath(license))
                    {
                        copied.Add(name);
                        continue;
                    }

                    if (File.Exists(target))
                    {
                        File.SetAttributes(target, FileAttributes.Normal);
                    }

                    File.Copy(license, target, overwrite: true);
                    File.SetAttributes(target, FileAttributes.Normal);
                    copied.Add(name);
                }
            }
        }

        return copied;
    }
}
