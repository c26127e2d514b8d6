using System.Buffers;
using System.IO.Compression;

namespace Hatchery.Builtins.Zlib;

/// <summary>
/// Deflate, gzip and raw deflate over .NET's <see cref="ZLibStream"/>, <see cref="GZipStream"/> and
/// <see cref="DeflateStream"/>, with zlib's own level (0–9, -1 for its default 6) and strategy through
/// <see cref="ZLibCompressionOptions"/>, so a level means what it means to Node.
/// </summary>
internal sealed class ZlibCompressor : ZlibCodec
{
    private readonly System.IO.Stream _stream;
    private bool _finished;

    private readonly ZlibMode _mode;

    public ZlibCompressor(ZlibSettings settings) : base(settings.MaxOutputLength)
    {
        _mode = settings.Mode;
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = settings.Level,
            CompressionStrategy = (ZLibCompressionStrategy)settings.Strategy,
        };
        _stream = settings.Mode switch
        {
            ZlibMode.Gzip => new GZipStream(Output, options, leaveOpen: true),
            ZlibMode.Deflate => new ZLibStream(Output, options, leaveOpen: true),
            _ => new DeflateStream(Output, options, leaveOpen: true),
        };
    }

    private bool _written;

    public override void Write(ReadOnlySpan<byte> input)
    {
        _written |= !input.IsEmpty;
        _stream.Write(input);
    }

    public override void Flush()
    {
        _written = true;
        _stream.Flush();
    }

    public override void Finish()
    {
        if (_finished) return;
        _finished = true;
        _stream.Dispose();
        // .NET writes nothing at all for empty input; zlib writes a header, an empty final block and a trailer.
        if (!_written) Output.Write(_mode switch
        {
            ZlibMode.Gzip => [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            ZlibMode.Deflate => [0x78, 0x9c, 3, 0, 0, 0, 0, 1],
            _ => [3, 0],
        });
    }

    public override void Dispose()
    {
        _stream.Dispose();
        base.Dispose();
    }
}

/// <summary>Brotli compression over <see cref="BrotliEncoder"/>, which takes input a piece at a time.</summary>
internal sealed class BrotliCompressor(ZlibSettings settings) : ZlibCodec(settings.MaxOutputLength)
{
    private BrotliEncoder _encoder = new(settings.Quality, settings.Window);
    private readonly byte[] _buffer = new byte[64 * 1024];
    private bool _finished;

    public override void Write(ReadOnlySpan<byte> input) => Compress(input, final: false);

    public override void Flush()
    {
        OperationStatus status;
        do
        {
            status = _encoder.Flush(_buffer, out var written);
            Output.Write(_buffer.AsSpan(0, written));
        }
        while (status == OperationStatus.DestinationTooSmall);
    }

    public override void Finish()
    {
        if (_finished) return;
        _finished = true;
        Compress([], final: true);
    }

    private void Compress(ReadOnlySpan<byte> input, bool final)
    {
        while (true)
        {
            var status = _encoder.Compress(input, _buffer, out var consumed, out var written, final);
            Output.Write(_buffer.AsSpan(0, written));
            input = input[consumed..];
            if (status == OperationStatus.InvalidData) throw new ZlibException("ERR_BROTLI_COMPRESSION_FAILED", -1, "Compression failed");
            if (status == OperationStatus.Done && input.IsEmpty) return;
        }
    }

    public override void Dispose()
    {
        _encoder.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// Brotli decompression over <see cref="BrotliDecoder"/>: input ending before the stream's last block is Node's
/// "unexpected end of file"; bytes after it are ignored, as Node ignores them.
/// </summary>
internal sealed class BrotliDecompressor(ZlibSettings settings) : ZlibCodec(settings.MaxOutputLength)
{
    private BrotliDecoder _decoder;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private bool _done;

    public override void Write(ReadOnlySpan<byte> input)
    {
        while (!_done)
        {
            var status = _decoder.Decompress(input, _buffer, out var consumed, out var written);
            Output.Write(_buffer.AsSpan(0, written));
            input = input[consumed..];
            switch (status)
            {
                case OperationStatus.Done:
                    _done = true;
                    break;
                case OperationStatus.InvalidData:
                    // .NET does not say which of Brotli's format errors it met; Node's message is the same for all.
                    throw new ZlibException("ERR__ERROR_FORMAT", -1, "Decompression failed");
                case OperationStatus.NeedMoreData:
                    return;
            }
        }
    }

    public override void Flush()
    {
    }

    public override void Finish()
    {
        if (!_done && !settings.Partial) throw ZlibException.EndOfFile();
    }

    public override void Dispose()
    {
        _decoder.Dispose();
        base.Dispose();
    }
}
