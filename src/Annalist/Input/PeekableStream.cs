namespace Annalist.Input;

/// <summary>A read-only stream that can look at its first bytes (to sniff the format of standard input) without losing them.</summary>
internal sealed class PeekableStream(Stream inner) : Stream
{
    private readonly List<byte> peeked = [];
    private int peekedPosition;

    /// <summary>The first byte that is not white space (or a UTF-8 BOM), or -1 at end of stream; nothing is consumed.</summary>
    public int PeekFirstNonBlank()
    {
        var buffer = new byte[4096];
        while (true)
        {
            foreach (var b in peeked)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF))
                {
                    return b;
                }
            }

            var read = inner.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                return -1;
            }

            peeked.AddRange(buffer.AsSpan(0, read));
        }
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (peekedPosition < peeked.Count)
        {
            var n = Math.Min(count, peeked.Count - peekedPosition);
            peeked.CopyTo(peekedPosition, buffer, offset, n);
            peekedPosition += n;
            return n;
        }

        return inner.Read(buffer, offset, count);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
