using System.CommandLine;

namespace Annalist.Cli.Commands.Knowledge;

/// <summary>The <c>--format</c> option of the lookup commands: json (the default when output is not a terminal) or table.</summary>
internal static class OutputFormat
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--format", "-f") { Description = "Output format: json (an array, best first) or table. Default: table on a terminal, else json." };
        option.AcceptOnlyFromAmong("json", "table");
        return option;
    }

    public static bool IsJson(string? format) => format == "json" || (format is null && Console.IsOutputRedirected);
}
