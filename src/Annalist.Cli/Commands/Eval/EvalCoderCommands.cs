using System.CommandLine;

namespace Annalist.Cli.Commands.Eval;

/// <summary>`annalist eval seed|petrarch|plover|coder`: the coder's scores on the reference sets in ../shared.</summary>
internal static class EvalCoderCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Make("seed", "The seed article against its expected events (must, may, must-not).", (shared, verbose) =>
            CoderEvaluation.Seed(shared, Console.Out, verbose).Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed);
        var record = new Option<string?>("--record") { Description = "Score only the record with this id, and show each coded event's actors, dictionary entries and rule." };
        var petrarch = Make("petrarch", "PETRARCH2's validation suite with its own dictionaries (the CAMEO-2.0-format verbs, then the original verbs file): exact records, event precision and recall.", (parsed, shared, verbose) =>
        {
            CoderEvaluation.Petrarch(shared, Console.Out, verbose, only: parsed.GetValue(record));
            CoderEvaluation.Petrarch(shared, Console.Out, verbose, originalVerbs: true, only: parsed.GetValue(record));
            return ExitCodes.Success;
        });
        petrarch.Options.Add(record);
        yield return petrarch;
        yield return Make("plover", "The PLOVER gold records: event type accuracy, actor and recipient country accuracy, per-type table.", (shared, verbose) =>
        {
            CoderEvaluation.Plover(shared, Console.Out, verbose);
            return ExitCodes.Success;
        });
        yield return Make("coder", "All three coder evaluations: seed article, PETRARCH2 suite (original verbs), PLOVER gold records; each tuned-on set in its dev and test parts.", (shared, verbose) =>
        {
            var seed = CoderEvaluation.Seed(shared, Console.Out, verbose);
            CoderEvaluation.Petrarch(shared, Console.Out, verbose, originalVerbs: true);
            CoderEvaluation.Plover(shared, Console.Out, verbose);
            return seed.Passed ? ExitCodes.Success : ExitCodes.SomeRecordsFailed;
        });
    }

    private static Command Make(string name, string description, Func<string, bool, int> run) =>
        Make(name, description, (_, shared, verbose) => run(shared, verbose));

    private static Command Make(string name, string description, Func<ParseResult, string, bool, int> run)
    {
        var shared = new Option<string?>("--shared") { Description = "The shared evaluation material (default: $ANNALIST_SHARED or ../shared beside the repository)." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every record that is not right, and every seed event found." };
        var command = new Command(name, description);
        command.Options.Add(shared);
        command.Options.Add(verbose);
        command.SetAction(parsed => run(parsed, SharedLocation.Resolve(parsed.GetValue(shared)), parsed.GetValue(verbose)));
        return command;
    }
}
