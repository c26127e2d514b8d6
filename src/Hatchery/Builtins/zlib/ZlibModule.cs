using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Zlib;

/// <summary>
/// Node's <c>zlib</c> module over System.IO.Compression: <c>zlib.js</c> holds the API (options, the Sync, callback
/// and stream forms, constants), <see cref="ZlibBindings"/> the codecs.
/// </summary>
public sealed class ZlibModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "zlib";

    /// <inheritdoc />
    public override string Summary => "gzip, deflate (zlib and raw) and Brotli: Sync, callback and stream forms, over System.IO.Compression.";

    /// <inheritdoc />
    public override string Documentation => """
        zlib — compression over System.IO.Compression.

        gzipSync/gunzipSync, deflateSync/inflateSync (zlib format), deflateRawSync/inflateRawSync, unzipSync (gzip
        or zlib, told by the header), brotliCompressSync/brotliDecompressSync take a Buffer, TypedArray, DataView,
        ArrayBuffer or string and return a Buffer. Each has a callback form (gzip(buffer[, options], callback)),
        run on the thread pool and answered through the event loop; util.promisify works on them. createGzip,
        createGunzip, createDeflate, createInflate, createDeflateRaw, createInflateRaw, createUnzip,
        createBrotliCompress and createBrotliDecompress (and the classes Gzip, Gunzip...) are Transform streams for
        pipe and pipeline, with flush([kind,] callback), close([callback]) and bytesWritten.

        Options: level (-1 to 9, -1 meaning zlib's 6) and strategy go to .NET's ZLibCompressionOptions, which hands
        them to zlib as they are; windowBits, memLevel and chunkSize are checked and otherwise ignored; dictionary
        and info are not supported. Brotli's params take BROTLI_PARAM_QUALITY (0-11, default 11) and
        BROTLI_PARAM_LGWIN (10-24); the others are checked and ignored. maxOutputLength (default buffer.kMaxLength)
        bounds a buffer form's output (RangeError ERR_BUFFER_TOO_LARGE); output also counts against the
        runtime's memory limit as it grows.

        Errors are Node's: corrupt input is Error code Z_DATA_ERROR (errno -3) with "incorrect header check" for a
        bad gzip or zlib header and "invalid compressed data" for corrupt data past it (zlib's finer messages are
        not available from .NET); input cut short is Z_BUF_ERROR (-5) "unexpected end of file"; corrupt Brotli is
        "Decompression failed". constants, codes and the top-level Z_* aliases are Node 20's.
        .NET's zlib (zlib-ng) may compress to other bytes than Node's: the data round-trips, but the bytes differ.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "zlib.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        ZlibBindings.Add(context.Runtime, binding);
}
