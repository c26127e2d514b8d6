using System.Buffers.Binary;
using System.IO.Compression;

namespace Hatchery.Builtins.Zlib;

/// <summary>
/// Inflate, gunzip, raw inflate and unzip over .NET's decompression streams, fed a piece at a time through
/// <see cref="FeedStream"/>. .NET checks neither headers in zlib's words nor whether the data ended too soon, so
/// this does: the header bytes are checked as zlib checks them ("incorrect header check"), and at the end a zlib
/// or raw stream must have stopped reading by itself (it leaves a probe byte unread) and a gzip stream's trailer must
/// give the output's length, or the input was cut short ("unexpected end of file").
/// </summary>
internal sealed class ZlibDecompressor(ZlibSettings settings) : ZlibCodec(settings.MaxOutputLength)
{
    private readonly FeedStream _feed = new();
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly byte[] _head = new byte[2];
    private readonly byte[] _tail = new byte[4];
    private ZlibMode _mode = settings.Mode;
    private System.IO.Stream? _stream;
    private long _input;
    private long _output;
    private bool _laterMember;

    public override void Write(ReadOnlySpan<byte> input)
    {
        if (input.IsEmpty) return;
        var before = _input;
        for (var i = 0; i < input.Length && before + i < 2; i++) _head[before + i] = input[i];
        _input += input.Length;
        KeepTail(input);
        if (_stream is null)
        {
            if (_input < 2 && _mode != ZlibMode.InflateRaw)
            {
                _feed.Add(input.ToArray());
                return;
            }
            _stream = Open();
        }
        // A gzip member after the first one ends with its own length, not the whole output's.
        if ((_mode == ZlibMode.Gunzip) && !_laterMember && ContainsMember(input, before)) _laterMember = true;
        _feed.Add(input.ToArray());
        Drain();
    }

    public override void Flush()
    {
    }

    public override void Finish()
    {
        if (_stream is null && settings.Partial) return;
        if (_stream is null)
        {
            if (_mode == ZlibMode.InflateRaw && _input == 0) throw ZlibException.EndOfFile();
            if (_input < 2) throw ZlibException.EndOfFile();
            _stream = Open();
        }
        Drain();
        if (settings.Partial) return;
        if (_mode == ZlibMode.Gunzip)
        {
            if (_input < 18) throw ZlibException.EndOfFile();
            if (!_laterMember && BinaryPrimitives.ReadUInt32LittleEndian(_tail) != (uint)_output) throw ZlibException.EndOfFile();
            return;
        }
        // A finished zlib or raw stream asks for no more input; one cut short takes the probe.
        _feed.Add([0]);
        try
        {
            Drain();
        }
        catch (ZlibException)
        {
            throw ZlibException.EndOfFile();
        }
        if (!_feed.HasPending) throw ZlibException.EndOfFile();
    }

    private System.IO.Stream Open()
    {
        if (_mode == ZlibMode.Unzip) _mode = _head[0] == 0x1f && _head[1] == 0x8b ? ZlibMode.Gunzip : ZlibMode.Inflate;
        switch (_mode)
        {
            case ZlibMode.Gunzip:
                if (_head[0] != 0x1f || _head[1] != 0x8b) throw ZlibException.Corrupt("incorrect header check");
                return new GZipStream(_feed, CompressionMode.Decompress);
            case ZlibMode.Inflate:
                if (((_head[0] << 8) | _head[1]) % 31 != 0) throw ZlibException.Corrupt("incorrect header check");
                if ((_head[0] & 0x0f) != 8) throw ZlibException.Corrupt("unknown compression method");
                if ((_head[0] >> 4) > 7) throw ZlibException.Corrupt("invalid window size");
                return new ZLibStream(_feed, CompressionMode.Decompress);
            default:
                return new DeflateStream(_feed, CompressionMode.Decompress);
        }
    }

    private void Drain()
    {
        try
        {
            int read;
            while ((read = _stream!.Read(_buffer)) > 0)
            {
                Output.Write(_buffer.AsSpan(0, read));
                _output += read;
            }
        }
        catch (InvalidDataException)
        {
            // .NET gives one message for every kind of corrupt data; zlib's own words are not to be had.
            throw ZlibException.Corrupt("invalid compressed data");
        }
    }

    private void KeepTail(ReadOnlySpan<byte> input)
    {
        if (input.Length >= 4)
        {
            input[^4..].CopyTo(_tail);
            return;
        }
        var keep = _tail.AsSpan(input.Length).ToArray();
        keep.CopyTo(_tail, 0);
        input.CopyTo(_tail.AsSpan(4 - input.Length));
    }

    // Whether a gzip header (1f 8b 08) starts in this piece past the first member's header; it may be a false alarm
    // inside compressed data, which only costs the end-of-data check.
    private static bool ContainsMember(ReadOnlySpan<byte> input, long offset)
    {
        var skip = (int)Math.Max(0, Math.Min(input.Length, 10 - offset));
        return input[skip..].IndexOf([(byte)0x1f, (byte)0x8b, (byte)0x08]) >= 0;
    }

    public override void Dispose()
    {
        _stream?.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// The input side of a decompression stream: the pieces written so far, read in order; with none left a read
/// returns 0, which .NET's decompression streams take as "no more for now" and ask again on their next read.
/// </summary>
internal sealed class FeedStream : System.IO.Stream
{
    private readonly Queue<byte[]> _pieces = new();
    private byte[]? _current;
    private int _position;

    public bool HasPending => (_current is not null && _position < _current.Length) || _pieces.Count > 0;

    public void Add(byte[] piece) => _pieces.Enqueue(piece);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (_current is null || _position >= _current.Length)
        {
            if (!_pieces.TryDequeue(out _current)) return 0;
            _position = 0;
        }
        var n = Math.Min(buffer.Length, _current.Length - _position);
        _current.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
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

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
