using System.Text;
using Spectre.Console;

namespace Annalist.Cli.Ingest;

/// <summary>A TextWriter whose lines go to a Spectre console, so problem lines print above a live progress display instead of through it.</summary>
internal sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            console.WriteLine(line.ToString());
            line.Clear();
        }
        else if (value != '\r')
        {
            line.Append(value);
        }
    }

    public override void WriteLine(string? value)
    {
        line.Append(value);
        console.WriteLine(line.ToString());
        line.Clear();
    }
}
