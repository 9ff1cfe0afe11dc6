using System.Text;

namespace Annalist.Knowledge;

/// <summary>Reads a knowledge source as numbered lines (1-based), whatever its line endings.</summary>
public static class SourceText
{
    public static IEnumerable<(int Number, string Text)> Lines(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            yield return (number, line);
        }
    }

    public static IEnumerable<(int Number, string Text)> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return (number, line);
        }
    }

    /// <summary>Splits a tab-separated line; empty trailing fields are kept.</summary>
    public static string[] Fields(string line) => line.Split('\t');
}
