using System.IO.Compression;

namespace Hatchery.Builtins.Zlib;

/// <summary>Node's zlib modes, numbered as <c>zlib.constants</c> numbers them.</summary>
internal enum ZlibMode
{
    Deflate = 1,
    Inflate = 2,
    Gzip = 3,
    Gunzip = 4,
    DeflateRaw = 5,
    InflateRaw = 6,
    Unzip = 7,
    BrotliDecode = 8,
    BrotliEncode = 9,
}

/// <summary>The settings a codec is made with, as the script read them from Node's options.</summary>
/// <param name="Mode">What the codec does.</param>
/// <param name="Level">zlib's level, -1 (the default, 6) to 9.</param>
/// <param name="Strategy">zlib's strategy constant, 0 to 4.</param>
/// <param name="Quality">Brotli's quality, 0 to 11.</param>
/// <param name="Window">Brotli's window bits, 10 to 24.</param>
/// <param name="MaxOutputLength">The most bytes the whole output may hold.</param>
/// <param name="Partial">Whether input may end mid-stream (a finishFlush other than Z_FINISH).</param>
internal sealed record ZlibSettings(ZlibMode Mode, int Level, int Strategy, int Quality, int Window, long MaxOutputLength, bool Partial);

/// <summary>A zlib failure as Node reports it: zlib's message, its code name (<c>Z_DATA_ERROR</c>) and number.</summary>
internal sealed class ZlibException(string code, int errno, string message) : Exception(message)
{
    public string Code { get; } = code;

    public int Errno { get; } = errno;

    public static ZlibException Corrupt(string message) => new("Z_DATA_ERROR", -3, message);

    public static ZlibException EndOfFile() => new("Z_BUF_ERROR", -5, "unexpected end of file");
}

/// <summary>The output would pass <c>maxOutputLength</c>: Node's <c>ERR_BUFFER_TOO_LARGE</c>.</summary>
internal sealed class ZlibOutputTooLargeException(long limit) : Exception($"Output larger than {limit} bytes")
{
    public long Limit { get; } = limit;
}

/// <summary>
/// Where a codec's output goes: a memory stream that refuses to grow past <c>maxOutputLength</c>, and reports each
/// further megabyte to <see cref="Growing"/> (the runtime's memory limit) before it is held.
/// </summary>
internal sealed class ZlibOutput(long limit) : MemoryStream
{
    private const long Step = 1 << 20;
    private long _taken;
    private long _reported;

    /// <summary>Called with the bytes held so far each time they pass another megabyte; throws to stop the work.</summary>
    public Action<long>? Growing { get; set; }

    // Span writes reach this too: MemoryStream hands a subclass's span writes to Stream's, which calls this.
    public override void Write(byte[] buffer, int offset, int count)
    {
        Admit(count);
        base.Write(buffer, offset, count);
    }

    public override void WriteByte(byte value)
    {
        Admit(1);
        base.WriteByte(value);
    }

    private void Admit(int count)
    {
        if (_taken + Length + count > limit) throw new ZlibOutputTooLargeException(limit);
        if (Length + count - _reported >= Step && Growing is { } growing)
        {
            _reported = Length + count;
            growing(_reported);
        }
    }

    /// <summary>The bytes written since the last call, removed from the stream.</summary>
    public byte[] Take()
    {
        var bytes = ToArray();
        _taken += bytes.Length;
        _reported = 0;
        SetLength(0);
        return bytes;
    }
}

/// <summary>
/// One compression or decompression in progress: input goes in by <see cref="Write"/>, and each call leaves what output
/// it could make in <see cref="Output"/>. <see cref="Flush"/> pushes out what the input so far allows (zlib's
/// <c>Z_SYNC_FLUSH</c>), <see cref="Finish"/> ends the data and reports input that ended too soon.
/// </summary>
internal abstract class ZlibCodec(long maxOutputLength) : IDisposable
{
    public ZlibOutput Output { get; } = new(maxOutputLength);

    public abstract void Write(ReadOnlySpan<byte> input);

    public abstract void Flush();

    public abstract void Finish();

    public virtual void Dispose() => Output.Dispose();

    public static ZlibCodec Create(ZlibSettings settings) => settings.Mode switch
    {
        ZlibMode.Deflate or ZlibMode.Gzip or ZlibMode.DeflateRaw => new ZlibCompressor(settings),
        ZlibMode.BrotliEncode => new BrotliCompressor(settings),
        ZlibMode.BrotliDecode => new BrotliDecompressor(settings),
        _ => new ZlibDecompressor(settings),
    };

    /// <summary>All of <paramref name="input"/> through a new codec, for the buffer forms (gzipSync, gzip).</summary>
    public static byte[] Run(ZlibSettings settings, ReadOnlySpan<byte> input, Action<long>? growing)
    {
        using var codec = Create(settings);
        codec.Output.Growing = growing;
        codec.Write(input);
        codec.Finish();
        return codec.Output.Take();
    }
}
