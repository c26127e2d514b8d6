using Hatchery.Interop;
using Hatchery.NativeModules;
using Hatchery.Builtins.Buffer;
using Hatchery.Builtins.Util;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// <c>write(chunk[, encoding][, callback])</c> of <c>process.stdout</c> and <c>process.stderr</c>, as Node's Writable
/// over a file: a string in any Buffer encoding or the bytes of any typed array or DataView, Node's errors for
/// anything else, and its callback timing. Node writes the bytes; the host's output takes text, so bytes are
/// decoded as UTF-8, which is what a terminal or a UTF-8 reader of the file would show.
/// </summary>
internal sealed class StandardStreamWriter(JsRuntime runtime, bool error)
{
    private static readonly string[] ChunkTypes = ["string", "Buffer", "TypedArray", "DataView"];

    private AfterWrite? _pending;

    public JsValue Write(JsValue[] args)
    {
        var chunk = args.Length > 0 ? args[0] : JsValue.Undefined;
        var encoding = args.Length > 1 ? args[1] : JsValue.Undefined;
        var callback = args.Length > 2 ? args[2] : JsValue.Undefined;
        if (encoding.IsCallable())
        {
            callback = encoding;
            encoding = JsValue.Undefined;
        }
        if (chunk.IsNull())
        {
            throw JsErrors.Coded(runtime.Engine, "ERR_STREAM_NULL_VALUES");
        }
        // Node checks the encoding before the chunk, so write(1, 'bogus') is an encoding error.
        var stringEncoding = TypeConverter.ToBoolean(encoding) ? Encoding(encoding) : ByteEncoding.Utf8;
        var text = chunk switch
        {
            JsString s when stringEncoding == ByteEncoding.Utf8 => s.ToString(),
            // "buffer" passes the encoding check but, as in Buffer.from, no string can be read in it.
            JsString s => ByteCodec.Decode(ByteCodec.Encode(s.ToString(), stringEncoding ?? throw UnknownEncoding(encoding)), ByteEncoding.Utf8),
            _ when ArrayBufferViews.IsView(chunk) => ByteCodec.Decode(ArrayBufferViews.Bytes(chunk), ByteEncoding.Utf8),
            _ => throw NativeArguments.InvalidType(runtime.Engine, "chunk", ChunkTypes, chunk),
        };
        if (error) runtime.Output.WriteError(text);
        else runtime.Output.WriteOut(text);
        if (callback.IsCallable()) ScheduleCallback((ObjectInstance)callback);
        // Writes to a file complete at once, so the buffered length never reaches the high-water mark.
        return JsBoolean.True;
    }

    // The named encoding of a string chunk, or null for "buffer", which Writable accepts as an encoding name.
    private ByteEncoding? Encoding(JsValue encoding)
    {
        if (encoding is not JsString name) throw UnknownEncoding(encoding);
        var text = name.ToString();
        if (text == "buffer") return null;
        return ByteEncodingNames.Find(text) ?? throw UnknownEncoding(encoding);
    }

    private JavaScriptException UnknownEncoding(JsValue encoding) =>
        JsErrors.Coded(runtime.Engine, "ERR_UNKNOWN_ENCODING", encoding);

    // Node calls a write's callback with null on the next tick. Consecutive writes with the same callback share one
    // tick that calls it once per write (Writable's afterWriteTickInfo); the next tick starts a new group.
    private void ScheduleCallback(ObjectInstance callback)
    {
        if (_pending is { } pending && ReferenceEquals(pending.Callback, callback))
        {
            pending.Count++;
            return;
        }
        var group = new AfterWrite(callback);
        _pending = group;
        var engine = runtime.Engine;
        runtime.Loop.NextTick(new FunctionBuilder(engine, "process").Create("afterWriteTick", 0, (_, _) =>
        {
            _pending = null;
            for (var i = 0; i < group.Count; i++) engine.Call(group.Callback, JsValue.Undefined, [JsValue.Null]);
            return JsValue.Undefined;
        }), []);
    }

    private sealed class AfterWrite(ObjectInstance callback)
    {
        public ObjectInstance Callback { get; } = callback;

        public int Count { get; set; } = 1;
    }
}
