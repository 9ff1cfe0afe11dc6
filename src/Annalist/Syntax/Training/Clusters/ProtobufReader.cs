namespace Annalist.Syntax.Training.Clusters;

/// <summary>
/// A minimal reader of the protocol buffers wire format: enough to walk an ONNX model's fields without a
/// protobuf library. Reads tags, varints, fixed-width values and length-delimited fields from a buffer.
/// </summary>
internal ref struct ProtobufReader
{
    private readonly ReadOnlySpan<byte> buffer;
    private int position;

    public ProtobufReader(ReadOnlySpan<byte> buffer)
    {
        this.buffer = buffer;
        position = 0;
    }

    public readonly bool AtEnd => position >= buffer.Length;

    /// <summary>Reads a field's tag: its number and wire type (0 varint, 1 fixed64, 2 length-delimited, 5 fixed32).</summary>
    public (int Field, int WireType) ReadTag()
    {
        var tag = ReadVarint();
        return ((int)(tag >> 3), (int)(tag & 7));
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= buffer.Length)
            {
                throw new InvalidDataException("protobuf: varint runs past the end");
            }

            var b = buffer[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new InvalidDataException("protobuf: varint longer than 10 bytes");
    }

    /// <summary>The bytes of a length-delimited field (a sub-message, a string, packed values).</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = ReadVarint();
        if (length > (ulong)(buffer.Length - position))
        {
            throw new InvalidDataException("protobuf: field runs past the end");
        }

        var bytes = buffer.Slice(position, (int)length);
        position += (int)length;
        return bytes;
    }

    /// <summary>Skips a field of the given wire type.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                Advance(8);
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                Advance(4);
                break;
            default:
                throw new InvalidDataException($"protobuf: unsupported wire type {wireType}");
        }
    }

    private void Advance(int count)
    {
        if (count > buffer.Length - position)
        {
            throw new InvalidDataException("protobuf: field runs past the end");
        }

        position += count;
    }
}
