using System.CommandLine;

namespace Annalist.Cli.Commands;

/// <summary>The --format option of events and dyads: a table for people (the default on a terminal), JSON Lines (the default otherwise) or CSV.</summary>
internal static class OutputFormat
{
    /// <summary>
    /// The option has no default value of its own: help would print the default computed for the help
    /// run itself ("[default: jsonl]" when piped), contradicting the description. <see cref="Chosen"/>
    /// picks it when the command runs.
    /// </summary>
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--format", "-f")
        {
            Description = "table (aligned columns; default on a terminal), jsonl (default otherwise) or csv.",
        };
        option.AcceptOnlyFromAmong("table", "jsonl", "csv");
        return option;
    }

    /// <summary>The format asked for, else table on a terminal and JSON Lines otherwise.</summary>
    public static string Chosen(ParseResult parsed, Option<string?> option) =>
        parsed.GetValue(option) ?? (Console.IsOutputRedirected ? "jsonl" : "table");

    /// <summary>Standard output (or a file) as a buffered UTF-8 writer with LF line ends; its BaseStream is buffered too, for JSON Lines.</summary>
    public static StreamWriter Open(string? path = null)
    {
        Stream target = path is null or "-" ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        return new StreamWriter(new BufferedStream(target, 1 << 16), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
    }
}
