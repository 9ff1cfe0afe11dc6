using System.Buffers.Binary;
using System.Text;

namespace Annalist.Syntax.Training.Clusters;

/// <summary>
/// A float initializer (a weight tensor) of an ONNX model, read from the model's protobuf: ModelProto
/// field 7 is the graph, GraphProto field 5 its initializers, and a TensorProto has dims (1),
/// data_type (2), float_data (4), name (8) and raw_data (9, little-endian).
/// </summary>
internal sealed record OnnxTensor(string Name, long[] Dimensions, float[] Values)
{
    private const int FloatType = 1;

    /// <summary>Finds the named float initializer in an ONNX model; throws <see cref="InvalidDataException"/> when it is not there.</summary>
    public static OnnxTensor Read(ReadOnlySpan<byte> model, string name)
    {
        var reader = new ProtobufReader(model);
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            if (field == 7 && wire == 2)
            {
                var graph = new ProtobufReader(reader.ReadBytes());
                while (!graph.AtEnd)
                {
                    var (graphField, graphWire) = graph.ReadTag();
                    if (graphField == 5 && graphWire == 2)
                    {
                        var tensor = ReadTensor(graph.ReadBytes(), name);
                        if (tensor is not null)
                        {
                            return tensor;
                        }
                    }
                    else
                    {
                        graph.Skip(graphWire);
                    }
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }

        throw new InvalidDataException($"the ONNX model has no initializer named '{name}'");
    }

    /// <summary>The tensor if it has the given name (null otherwise).</summary>
    private static OnnxTensor? ReadTensor(ReadOnlySpan<byte> bytes, string name)
    {
        var reader = new ProtobufReader(bytes);
        var dims = new List<long>();
        string? tensorName = null;
        var type = 0;
        ReadOnlySpan<byte> raw = default;
        var floats = new List<float>();
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            switch (field, wire)
            {
                case (1, 0):
                    dims.Add((long)reader.ReadVarint());
                    break;
                case (1, 2):
                    var packed = new ProtobufReader(reader.ReadBytes());
                    while (!packed.AtEnd)
                    {
                        dims.Add((long)packed.ReadVarint());
                    }

                    break;
                case (2, 0):
                    type = (int)reader.ReadVarint();
                    break;
                case (4, 2):
                    var values = reader.ReadBytes();
                    for (var i = 0; i + 4 <= values.Length; i += 4)
                    {
                        floats.Add(BinaryPrimitives.ReadSingleLittleEndian(values[i..]));
                    }

                    break;
                case (8, 2):
                    tensorName = Encoding.UTF8.GetString(reader.ReadBytes());
                    if (tensorName != name)
                    {
                        return null;
                    }

                    break;
                case (9, 2):
                    raw = reader.ReadBytes();
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        if (tensorName != name)
        {
            return null;
        }

        if (type != FloatType)
        {
            throw new InvalidDataException($"initializer '{name}' has data type {type}, not float");
        }

        float[] data;
        if (!raw.IsEmpty)
        {
            data = new float[raw.Length / 4];
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = BinaryPrimitives.ReadSingleLittleEndian(raw[(i * 4)..]);
            }
        }
        else
        {
            data = [.. floats];
        }

        var expected = dims.Aggregate(1L, (a, d) => a * d);
        if (expected != data.Length)
        {
            throw new InvalidDataException($"initializer '{name}' has {data.Length} values for dims [{string.Join(", ", dims)}]");
        }

        return new OnnxTensor(tensorName, [.. dims], data);
    }
}
