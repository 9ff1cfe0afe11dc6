using Annalist.Syntax;
using Annalist.Tests.Syntax;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Cli;

/// <summary>`annalist parse` with the syntax stages, `annalist train parser` and `annalist eval parser`, run as a user would.</summary>
public sealed class SyntaxCommandsTests
{
    [Fact]
    public void Parse_fills_upos_xpos_lemma_head_and_deprel()
    {
        var result = CliRunner.Run("Russia supplied missiles to North Korea, an official said.", "parse");
        Assert.Equal(0, result.ExitCode);
        var words = result.Stdout.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.Equal(11, words.Count);
        var supplied = words[1];
        Assert.Equal<string>(["2", "supplied", "supply", "VERB", "VBD"], supplied[..5]);
        Assert.Equal("10\tccomp", $"{supplied[6]}\t{supplied[7]}");
        Assert.All(words, w => Assert.True(w[2] != "_" && w[3] != "_" && w[4] != "_" && w[6] != "_" && w[7] != "_", string.Join('\t', w)));
    }

    [Fact]
    public void Parse_pretokenized_keeps_the_tokens_and_fills_the_columns()
    {
        const string conllu = "# sent_id = 1\n# text = They don't know.\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n4\tknow\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        var result = CliRunner.Run(conllu, "parse", "--pretokenized");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Contains("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_", lines);
        var not = lines.Single(l => l.StartsWith("3\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal<string>(["3", "n't", "not", "PART", "RB", "_", "4", "advmod"], not[..8]);
    }

    [Fact]
    public void A_corrupt_model_stops_parse_with_status_3()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var model = Path.Combine(temp.Path, "models", SyntaxModel.DefaultName);
        Directory.CreateDirectory(model);
        foreach (var file in Directory.GetFiles(Path.Combine(data, "models", SyntaxModel.DefaultName)))
        {
            File.Copy(file, Path.Combine(model, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(model, SyntaxModel.TaggerFile), "x");
        var result = CliRunner.Run("Troops left.", new Dictionary<string, string> { ["ANNALIST_DATA"] = temp.Path }, "parse");
        Assert.Equal(3, result.ExitCode);
        Assert.Contains(SyntaxModel.TaggerFile, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_command_writes_out_every_setting_that_is_not_the_default()
    {
        var options = new Annalist.Syntax.Training.TrainingOptions { ParserEpochs = 16, ParserBeamWidth = 8, ParserDecodeBeamWidth = 4 };
        Assert.Equal(
            "annalist train parser --train a.conllu --train b.conllu --dev d.conllu --parser-epochs 16 --beam 8 --decode-beam 4",
            Annalist.Cli.Commands.TrainCommand.CommandLine(["x/a.conllu", "x/b.conllu"], "x/d.conllu", options));
        Assert.Equal("annalist train parser --train a.conllu", Annalist.Cli.Commands.TrainCommand.CommandLine(["a.conllu"], null, new()));
    }

    [SkippableFact]
    public void Train_parser_writes_a_model_that_eval_parser_scores()
    {
        using var temp = new TempDirectory();
        var (train, dev) = SyntaxTrainingTests.Sample(temp, 200, 50);
        temp.File("LICENSE-SAMPLE.txt", "the treebank's license");
        var model = Path.Combine(temp.Path, "model");
        var trained = CliRunner.Run(null, "train", "parser", "--train", train, "--dev", dev, "--out", model, "--tagger-epochs", "2", "--parser-epochs", "2", "--folds", "1");
        Assert.True(trained.ExitCode == 0, trained.Stderr);
        Assert.Contains("parser epoch 2/2", trained.Stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "manifest.json", SyntaxModel.TaggerFile, SyntaxModel.LemmatizerFile, SyntaxModel.ParserFile, "LICENSE-SAMPLE.txt" })
        {
            Assert.True(File.Exists(Path.Combine(model, file)), file);
        }

        var evaluated = CliRunner.Run(null, "eval", "parser", "--gold", dev, "--model", model);
        Assert.True(evaluated.ExitCode == 0, evaluated.Stderr);
        Assert.Matches(@"dev\.conllu: UPOS \d+\.\d\d  XPOS \d+\.\d\d  UAS \d+\.\d\d  LAS \d+\.\d\d .* lemma \d+\.\d\d", evaluated.Stdout);
    }

    [Fact]
    public void Eval_parser_without_gold_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "eval", "parser");
        Assert.Equal(2, result.ExitCode);
    }
}
