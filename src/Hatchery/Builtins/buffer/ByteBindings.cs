using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// The C# functions behind <c>internal.buffer_members.js</c>, <c>string_decoder.js</c> and <c>text_decoder.js</c>: everything
/// that touches many bytes at once runs here, over the typed array's backing store, never byte by byte in
/// JavaScript. Arguments are validated by the scripts, which pass integers already clamped to the view.
/// </summary>
internal static class ByteBindings
{
    /// <summary>Adds the functions to <paramref name="binding"/>.</summary>
    public static void Add(Engine engine, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(engine, "buffer");
        // Lazy: a runtime's first Buffer calls two or three of these.
        // A large Buffer asks the runtime's memory limit first, so it is refused before it exists.
        functions.DefineLazy(binding, "reserve", 1, (_, a) =>
        {
            JsRuntime.Of(engine).ReserveMemory((long)a[0].AsNumber());
            return JsValue.Undefined;
        });
        functions.DefineLazy(binding, "utf8Length", 1, static (_, a) => ByteCodec.Utf8Length(a[0].ToString()));
        functions.DefineLazy(binding, "base64Length", 1, static (_, a) => ByteCodec.Base64Length(a[0].ToString()));
        functions.DefineLazy(binding, "encode", 2, (_, a) =>
            engine.Intrinsics.ArrayBuffer.Construct(ByteCodec.Encode(a[0].ToString(), (ByteEncoding)Int(a[1]))));
        functions.DefineLazy(binding, "write", 5, static (_, a) =>
            ByteCodec.Write(a[1].ToString(), (ByteEncoding)Int(a[2]), Bytes(a[0]).Slice(Int(a[3]), Int(a[4]))));
        functions.DefineLazy(binding, "decode", 4, static (_, a) =>
            ByteCodec.Decode(Range(a[0], a[2], a[3]), (ByteEncoding)Int(a[1])));
        functions.DefineLazy(binding, "decodeUtf8Strict", 3, static (_, a) =>
            ByteCodec.DecodeUtf8Strict(Range(a[0], a[1], a[2])) is { } text ? new JsString(text) : JsValue.Null);
        functions.DefineLazy(binding, "decodeUtf16WellFormed", 4, static (_, a) =>
            ByteCodec.DecodeUtf16WellFormed(Range(a[0], a[1], a[2]), a[3].AsBoolean()) is { } text ? new JsString(text) : JsValue.Null);
        functions.DefineLazy(binding, "utf8CompleteLength", 3, static (_, a) =>
            ByteCodec.Utf8CompleteLength(Range(a[0], a[1], a[2])));
        functions.DefineLazy(binding, "compare", 6, static (_, a) =>
            Math.Sign(Range(a[0], a[1], a[2]).SequenceCompareTo(Range(a[3], a[4], a[5]))));
        functions.DefineLazy(binding, "indexOf", 4, static (_, a) => IndexOf(Bytes(a[0]), Bytes(a[1]), Int(a[2]), a[3].AsBoolean()));
        functions.DefineLazy(binding, "indexOfByte", 4, static (_, a) => IndexOf(Bytes(a[0]), [(byte)Int(a[1])], Int(a[2]), a[3].AsBoolean()));
        functions.DefineLazy(binding, "indexOfHighByte", 1, static (_, a) => Bytes(a[0]).IndexOfAnyInRange((byte)0x80, (byte)0xFF));
        functions.DefineLazy(binding, "fill", 4, static (_, a) =>
        {
            var target = Range(a[0], a[2], a[3]);
            var pattern = Bytes(a[1]);
            for (var i = 0; i < target.Length; i += pattern.Length) pattern[..Math.Min(pattern.Length, target.Length - i)].CopyTo(target[i..]);
            return JsValue.Undefined;
        });
        functions.DefineLazy(binding, "copy", 5, static (_, a) =>
        {
            var source = Range(a[0], a[1], a[2]);
            var target = Bytes(a[3])[Int(a[4])..];
            var count = Math.Min(source.Length, target.Length);
            // Span copies are overlap-safe, which buf.copy into itself relies on.
            source[..count].CopyTo(target);
            return count;
        });
        functions.DefineLazy(binding, "swap", 2, static (_, a) =>
        {
            var bytes = Bytes(a[0]);
            var size = Int(a[1]);
            for (var i = 0; i + size <= bytes.Length; i += size) bytes.Slice(i, size).Reverse();
            return JsValue.Undefined;
        });
    }

    private static int Int(JsValue value) => (int)value.AsNumber();

    private static Span<byte> Bytes(JsValue view) => ArrayBufferViews.Bytes(view);

    private static Span<byte> Range(JsValue view, JsValue start, JsValue end)
    {
        var from = Int(start);
        return Bytes(view)[from..Int(end)];
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle, int offset, bool forward)
    {
        if (forward)
        {
            if (offset > haystack.Length) return -1;
            var found = haystack[offset..].IndexOf(needle);
            return found < 0 ? -1 : found + offset;
        }
        // Searching backwards, a match may start at offset at the latest.
        var end = Math.Min(haystack.Length, offset + needle.Length);
        return end < needle.Length ? -1 : haystack[..end].LastIndexOf(needle);
    }
}
