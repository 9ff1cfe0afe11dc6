using System.CommandLine;

namespace Annalist.Cli;

/// <summary>Parses the command line, maps usage errors to exit status 2 and known fatal errors to 3, without stack traces.</summary>
internal static class CommandLineHost
{
    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter? error = null)
    {
        error ??= Console.Error;
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync($"annalist: {problem.Message}");
            }

            await error.WriteLineAsync($"Try '{string.Join(' ', ["annalist", .. CommandPath(parsed)])} --help'.");
            return ExitCodes.UsageError;
        }

        try
        {
            // Let data-file and fatal errors reach the handlers below instead of System.CommandLine's generic one (exit 1 with a stack trace).
            // A command that stops gracefully on SIGTERM (the worker) handles the signal itself; the others are cancelled by it.
            var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
            if (parsed.CommandResult.Command.Name == "worker")
            {
                configuration.ProcessTerminationTimeout = null;
            }

            return await parsed.InvokeAsync(configuration);
        }
        catch (Annalist.DataFiles.DataFileException ex)
        {
            await error.WriteLineAsync($"annalist: data file problem: {ex.Message}");
            return ExitCodes.Fatal;
        }
        catch (FatalCommandException ex)
        {
            await error.WriteLineAsync($"annalist: {ex.Message}");
            return ExitCodes.Fatal;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("annalist: cancelled");
            return ExitCodes.Fatal;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result is not null && result.Command is not RootCommand; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
