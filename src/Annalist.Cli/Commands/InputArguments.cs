using System.CommandLine;
using System.Globalization;
using Annalist.Input;

namespace Annalist.Cli.Commands;

/// <summary>The input arguments and options shared by every command that reads documents.</summary>
internal sealed class InputArguments
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files (.txt one article, .jsonl one per line, .html one page, .rss/.atom/.xml one per feed item), directories (recursed), or - for standard input. Default: standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<DateOnly?> Date { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) for inputs that carry none.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            result.AddError($"--date expects YYYY-MM-DD, got '{text}'.");
            return null;
        },
    };

    public InputArguments()
    {
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-' && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Date);
    }

    public InputReader CreateReader(ParseResult parsed) => new(new InputOptions { DefaultDate = parsed.GetValue(Date) });

    public IReadOnlyList<string> Paths(ParseResult parsed) => parsed.GetValue(Inputs) is { Length: > 0 } paths ? paths : ["-"];
}
