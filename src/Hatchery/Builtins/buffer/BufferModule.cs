using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Buffer;

/// <summary>Node's <c>buffer</c> module: <c>Buffer</c> (a <c>Uint8Array</c> subclass), <c>atob</c>, <c>btoa</c> and constants.</summary>
public sealed class BufferModule : NativeModule
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
        Buffer itself, from, toString, encoding and decoding are C#.
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        // Node's keys in Node's order; the members most scripts never use are made on first read, as Buffer's are.
        var buffer = context.Runtime.BufferClass;
        var exports = context.Exports;
        Data(exports, "Buffer", buffer);
        LazyMembers.Install(exports, ["SlowBuffer", "isUtf8", "isAscii"], name => buffer.Member("exported", name));
        Data(exports, "kMaxLength", BufferFunction.MaxLength);
        Data(exports, "kStringMaxLength", BufferFunction.MaxStringLength);
        LazyMembers.Install(exports, ["btoa", "atob"], name => buffer.Member("exported", name));
        var constants = new JsObject(context.Engine);
        Data(constants, "MAX_LENGTH", BufferFunction.MaxLength);
        Data(constants, "MAX_STRING_LENGTH", BufferFunction.MaxStringLength);
        exports.FastSetProperty("constants", new PropertyDescriptor(constants, PropertyFlag.OnlyEnumerable));
        Data(exports, "INSPECT_MAX_BYTES", 50);
        var functions = new FunctionBuilder(context.Engine, Name);
        var runtime = context.Runtime;
        foreach (var name in (string[])["Blob", "File"])
        {
            exports.FastSetProperty(name, new GetSetPropertyDescriptor(
                functions.CreateInternal("get", 0, (_, _) => runtime.BuiltinModules.Require("internal/blob").Get(name)),
                JsValue.Undefined, enumerable: true, configurable: true));
        }
    }

    private static void Data(ObjectInstance target, string name, JsValue value) =>
        target.FastSetProperty(name, new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable));
}
