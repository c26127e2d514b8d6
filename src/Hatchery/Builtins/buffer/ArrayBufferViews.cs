using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// The bytes of an <c>ArrayBufferView</c> (any typed array, <c>Buffer</c> included, or a <c>DataView</c>), read in
/// place from its backing store: the one way host code gets at a view's bytes.
/// </summary>
internal static class ArrayBufferViews
{
    private static readonly JsString BufferKey = new("buffer");
    private static readonly JsString ByteOffsetKey = new("byteOffset");
    private static readonly JsString ByteLengthKey = new("byteLength");

    /// <summary>Whether <paramref name="value"/> is a typed array or a <c>DataView</c>.</summary>
    public static bool IsView(JsValue value) => value is JsTypedArray || value.IsDataView();

    /// <summary>The bytes a view covers (its <c>byteOffset</c> and <c>byteLength</c>), as a span over the live backing store.</summary>
    public static Span<byte> Bytes(JsValue view) => Memory(view).Span;

    /// <summary>The same bytes as <see cref="Bytes"/>, as memory that host work on another thread may hold.</summary>
    public static Memory<byte> Memory(JsValue view)
    {
        var target = (ObjectInstance)view;
        // A detached buffer has no store; its views report offset and length 0.
        var store = target.Get(BufferKey).AsArrayBuffer() ?? [];
        return store.AsMemory((int)target.Get(ByteOffsetKey).AsNumber(), (int)target.Get(ByteLengthKey).AsNumber());
    }
}
