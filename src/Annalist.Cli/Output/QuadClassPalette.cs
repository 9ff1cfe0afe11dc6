using Spectre.Console;

namespace Annalist.Cli.Output;

/// <summary>
/// The QuadClass colours of the terminal output: the hues of the workbench's palette
/// (<c>--q1</c>…<c>--q4</c> in wwwroot/app.css: blue, green, brown-orange, red), each brought to a
/// relative luminance of 0.185, so every one keeps a contrast of at least 4.4:1 on a white and on a black
/// background (the workbench's own colours are made for white paper and read poorly on a dark terminal).
/// </summary>
internal static class QuadClassPalette
{
    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static readonly IReadOnlyList<(int QuadClass, byte R, byte G, byte B)> Colours =
    [
        (1, 0x29, 0x79, 0xcb),
        (2, 0x20, 0x89, 0x40),
        (3, 0xbd, 0x5c, 0x07),
        (4, 0xe7, 0x23, 0x3b),
    ];

    public static Color? Of(int quadClass) =>
        Colours.FirstOrDefault(c => c.QuadClass == quadClass) is { QuadClass: > 0 } c ? new Color(c.R, c.G, c.B) : null;

    /// <summary>The SGR escape that sets the foreground to the colour on a terminal with <paramref name="system"/>; empty without colour.</summary>
    public static string Escape(int quadClass, ColorSystem system)
    {
        if (Of(quadClass) is not { } colour || system == ColorSystem.NoColors)
        {
            return string.Empty;
        }

        return system switch
        {
            ColorSystem.TrueColor => $"\u001b[38;2;{colour.R};{colour.G};{colour.B}m",
            ColorSystem.EightBit => $"\u001b[38;5;{16 + (36 * Cube(colour.R)) + (6 * Cube(colour.G)) + Cube(colour.B)}m",
            _ => $"\u001b[{quadClass switch { 1 => 34, 2 => 32, 3 => 33, _ => 31 }}m",
        };
    }

    public const string Reset = "\u001b[0m";

    public const string Bold = "\u001b[1m";

    private static int Cube(byte value) => value < 48 ? 0 : value < 115 ? 1 : (value - 35) / 40;
}
