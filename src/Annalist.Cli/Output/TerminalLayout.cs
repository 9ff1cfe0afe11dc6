using Spectre.Console;

namespace Annalist.Cli.Output;

/// <summary>
/// Where table output goes: its width (the terminal's, or 80 when redirected), whether it may use colour,
/// and whether events are a table (at least <see cref="TableMinWidth"/> columns) or one block each.
/// </summary>
internal sealed record TerminalLayout(int Width, ColorSystem Colours)
{
    /// <summary>Below this width a table's columns break dates and codes apart: events become blocks.</summary>
    public const int TableMinWidth = 140;

    /// <summary>The width assumed when output is redirected.</summary>
    public const int RedirectedWidth = 80;

    public bool Blocks => Width < TableMinWidth;

    public bool Colour => Colours != ColorSystem.NoColors;

    /// <summary>Standard output as the user sees it: the terminal's width and colours, or 80 columns and none when redirected.</summary>
    public static TerminalLayout ForStandardOutput()
    {
        if (Console.IsOutputRedirected)
        {
            return new TerminalLayout(RedirectedWidth, ColorSystem.NoColors);
        }

        var profile = AnsiConsole.Console.Profile;
        return new TerminalLayout(Math.Max(40, profile.Width), profile.Capabilities.ColorSystem);
    }
}
