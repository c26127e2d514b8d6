using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Buffer;

/// <summary>Node's <c>buffer</c> module: <c>Buffer</c> (a <c>Uint8Array</c> subclass), <c>atob</c>, <c>btoa</c> and constants.</summary>
public sealed class BufferModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "buffer";

    /// <inheritdoc />
    public override string Summary => "Buffer: byte arrays with Node's encodings, number readers and writers.";

    /// <inheritdoc />
    public override string Documentation => """
        buffer — Node's Buffer, a Uint8Array subclass (also the global Buffer).

        Buffer.from(string, encoding) / from(array | arrayBuffer[, offset, length] | buffer), alloc, allocUnsafe,
        concat, compare, byteLength, isBuffer, isEncoding. Encodings: utf8, utf16le (ucs2), latin1 (binary),
        ascii, hex, base64, base64url. Instances: toString, write, slice/subarray (sharing memory), equals,
        compare, copy, fill, indexOf/lastIndexOf/includes, toJSON, swap16/32/64, and the read/write methods for
        8 to 64-bit integers, floats and doubles in both byte orders. Also atob, btoa, kMaxLength, constants.
        Blob(parts, { type, endings }) (also a global): size, type, slice(start, end, type), text(), arrayBuffer(),
        stream() (a ReadableStream); File(parts, name, { type, lastModified }) adds name and lastModified.
        Encoding and decoding run in C#.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "buffer.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => ByteBindings.Add(context.Engine, binding);
}
