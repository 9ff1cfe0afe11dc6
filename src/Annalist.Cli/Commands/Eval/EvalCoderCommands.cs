using System.CommandLine;

namespace Annalist.Cli.Commands.Eval;

/// <summary>`annalist eval seed|petrarch|plover|coder`: the coder's scores on the reference sets in ../shared.</summary>
internal static class EvalCoderCommands
{
    public static IEnumerable<Command> Create()
    {
        var fast = new Option<bool>("--fast") { Description = "Rules only: without the event-typing model." };
        var seed = Make("seed", "The seed article against its expected events (must, may, must-not).", SeedVerbose, (parsed, shared, verbose) =>
            CoderEvaluation.Seed(shared, Console.Out, verbose, parsed.GetValue(fast)).Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed);
        seed.Options.Add(fast);
        yield return seed;
        var record = new Option<string?>("--record") { Description = "Score only the record with this id, and show each coded event's actors, dictionary entries and rule." };
        var petrarch = Make("petrarch", "PETRARCH2's validation suite with its own dictionaries, rules only (the original verbs file, then for comparison the CAMEO-2.0-format one): exact records, event precision and recall.", RecordsVerbose, (parsed, shared, verbose) =>
        {
            CoderEvaluation.Petrarch(shared, Console.Out, verbose, only: parsed.GetValue(record));
            Console.Out.WriteLine();
            Console.Out.WriteLine("For comparison, the same suite with its CAMEO-2.0-format verbs file. The records' expected codes follow the original");
            Console.Out.WriteLine("verbs file, and the 2.0 conversion changed many codes, so a coder applying the 2.0 file faithfully scores low (docs/coding.md):");
            CoderEvaluation.Petrarch(shared, Console.Out, verbose, cameo20Verbs: true, only: parsed.GetValue(record));
            return ExitCodes.Success;
        });
        petrarch.Options.Add(record);
        yield return petrarch;
        var plover = Make("plover", "The PLOVER gold records: event type accuracy, actor and recipient country accuracy, per-type table; dev and test parts.", RecordsVerbose, (parsed, shared, verbose) =>
        {
            CoderEvaluation.Plover(shared, Console.Out, verbose, parsed.GetValue(fast));
            return ExitCodes.Success;
        });
        plover.Options.Add(fast);
        yield return plover;
        var coder = Make("coder", "All three coder evaluations: seed article, PETRARCH2 suite (rules only, original verbs), PLOVER gold records; each tuned-on set in its dev and test parts.", SeedVerbose, (parsed, shared, verbose) =>
        {
            var seed = CoderEvaluation.Seed(shared, Console.Out, verbose, parsed.GetValue(fast));
            CoderEvaluation.Petrarch(shared, Console.Out, verbose);
            CoderEvaluation.Plover(shared, Console.Out, verbose, parsed.GetValue(fast));
            return seed.Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed;
        });
        coder.Options.Add(fast);
        yield return coder;
        yield return Plv(fast);
    }

    private static Command Plv(Option<bool> fast)
    {
        var file = new Argument<string?>("file") { Description = "PLV_train.tsv (default: data/plv/PLV_train.tsv of the shared material).", Arity = ArgumentArity.ZeroOrOne };
        var folds = new Option<int>("--folds") { Description = "Score each sentence with the model of its fold (fixed by a hash of its id), trained without it; needs --models." };
        var models = new Option<string?>("--models") { Description = "Directory of the fold models fold-0.onnx ... written by scripts/train-events --folds K --fold-models DIR." };
        var pairGiven = new Option<bool>("--pair-given") { Description = "Type the marked pair with the model (the published setting) instead of coding the sentence end to end." };
        var linkedPairs = new Option<string?>("--linked-pairs") { Description = "Also write FILE: every pair the coder forms that links a sentence's marked pair but is spanned otherwise than the marks, labelled with its gold root, for scripts/train-events --pairs FILE (the pairs the shipped model is asked about, or with --folds and --models those of each fold)." };
        var nonePairs = new Option<string?>("--none-pairs") { Description = "Also write FILE: every pair the coder could ask the model about that is not a sentence's marked pair, labelled NONE, for scripts/train-events --pairs FILE." };
        var command = Make("plv", "PLV news sentences with a marked source, target and gold PLOVER root: root macro-F1, accuracy, per-root table, end to end or with the pair given.", RecordsVerbose, (parsed, shared, verbose) =>
        {
            if (parsed.GetValue(folds) is < 0 or 1)
            {
                throw new FatalCommandException("--folds must be 0 (no cross-validation) or at least 2");
            }

            var path = parsed.GetValue(file) ?? SharedLocation.Require(shared, "data/plv/PLV_train.tsv");
            PlvEvaluation.Run(new PlvEvaluation.Settings(path, parsed.GetValue(folds), parsed.GetValue(models), parsed.GetValue(pairGiven), parsed.GetValue(fast), verbose) { NonePairs = parsed.GetValue(nonePairs), LinkedPairs = parsed.GetValue(linkedPairs), Shared = shared }, Console.Out);
            return ExitCodes.Success;
        });
        command.Arguments.Add(file);
        command.Options.Add(folds);
        command.Options.Add(models);
        command.Options.Add(pairGiven);
        command.Options.Add(nonePairs);
        command.Options.Add(linkedPairs);
        command.Options.Add(fast);
        return command;
    }

    private const string RecordsVerbose = "List every record that is not right.";

    private const string SeedVerbose = "List every record that is not right, and every seed event found.";

    private static Command Make(string name, string description, string verboseDescription, Func<string, bool, int> run) =>
        Make(name, description, verboseDescription, (_, shared, verbose) => run(shared, verbose));

    private static Command Make(string name, string description, string verboseDescription, Func<ParseResult, string, bool, int> run)
    {
        var shared = new Option<string?>("--shared") { Description = "The shared evaluation material (default: $ANNALIST_SHARED or ../shared beside the repository)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = verboseDescription };
        var command = new Command(name, description);
        command.Options.Add(shared);
        command.Options.Add(verbose);
        command.SetAction(parsed => run(parsed, SharedLocation.Resolve(parsed.GetValue(shared)), parsed.GetValue(verbose)));
        return command;
    }
}
