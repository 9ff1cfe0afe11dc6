using System.CommandLine;

namespace Annalist.Cli.Commands.Eval;

/// <summary>`annalist eval seed|petrarch|plover|coder`: the coder's scores on the reference sets in ../shared.</summary>
internal static class EvalCoderCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Make("seed", "The seed article against its expected events (must, may, must-not).", SeedVerbose, (shared, verbose) =>
            CoderEvaluation.Seed(shared, Console.Out, verbose).Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed);
        var record = new Option<string?>("--record") { Description = "Score only the record with this id, and show each coded event's actors, dictionary entries and rule." };
        var petrarch = Make("petrarch", "PETRARCH2's validation suite with its own dictionaries (the original verbs file, then for comparison the CAMEO-2.0-format one): exact records, event precision and recall.", RecordsVerbose, (parsed, shared, verbose) =>
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
        yield return Make("plover", "The PLOVER gold records: event type accuracy, actor and recipient country accuracy, per-type table.", RecordsVerbose, (shared, verbose) =>
        {
            CoderEvaluation.Plover(shared, Console.Out, verbose);
            return ExitCodes.Success;
        });
        yield return Make("coder", "All three coder evaluations: seed article, PETRARCH2 suite (original verbs), PLOVER gold records; each tuned-on set in its dev and test parts.", SeedVerbose, (shared, verbose) =>
        {
            var seed = CoderEvaluation.Seed(shared, Console.Out, verbose);
            CoderEvaluation.Petrarch(shared, Console.Out, verbose);
            CoderEvaluation.Plover(shared, Console.Out, verbose);
            return seed.Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed;
        });
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
