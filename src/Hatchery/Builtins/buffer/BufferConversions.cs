using System.Numerics;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// <c>Buffer.from</c> and <c>Buffer.prototype.toString</c>, the two members nearly every script that touches
/// <c>Buffer</c> calls, in C#: Node's argument handling step for step, down to which properties are read, how often,
/// and in what order (a getter or <c>valueOf</c> sees the calls Node's JavaScript would make).
/// </summary>
internal sealed class BufferConversions(Engine engine, FastBufferClass fastBuffer)
{
    private static readonly JsValue[] FirstArgumentTypes =
        [new JsString("string"), new JsString("Buffer"), new JsString("ArrayBuffer"), new JsString("Array"), new JsString("Array-like Object")];

    // TypedArray.prototype.set as the runtime had it when first needed, as Node's primordials capture it.
    private JsValue? _typedArraySet;

    /// <summary><c>Buffer.from(value, encodingOrOffset, length)</c>.</summary>
    public JsValue From(JsValue thisObject, JsValue[] arguments)
    {
        var value = arguments.At(0);
        var encodingOrOffset = arguments.At(1);
        while (true)
        {
            if (value is JsString text) return FromString(text, encodingOrOffset);
            if (value is ObjectInstance target && !target.IsCallable())
            {
                if (target is JsArrayBuffer store) return FromArrayBuffer(store, encodingOrOffset, arguments.At(2));
                var valueOf = target.Get("valueOf");
                var primitive = valueOf.IsCallable() ? valueOf.Call(target, []) : JsValue.Undefined;
                if (!primitive.IsNull() && !primitive.IsUndefined() && !ReferenceEquals(primitive, target) &&
                    (primitive is JsString || (primitive is ObjectInstance && !primitive.IsCallable())))
                {
                    value = primitive;
                    continue;
                }
                if (FromObject(target) is { } buffer) return buffer;
                var toPrimitive = target.Get(GlobalSymbolRegistry.ToPrimitive);
                if (toPrimitive.IsCallable() && toPrimitive.Call(target, [new JsString("string")]) is JsString converted)
                {
                    return FromString(converted, encodingOrOffset);
                }
            }
            throw JsErrors.Coded(engine, "ERR_INVALID_ARG_TYPE", "first argument", new JsArray(engine, (JsValue[])FirstArgumentTypes.Clone()), value);
        }
    }

    private JsValue FromString(JsString text, JsValue encoding)
    {
        var id = ByteEncoding.Utf8;
        if (encoding is JsString { Length: > 0 } name)
        {
            id = ByteEncodingNames.Find(name.ToString()) ?? throw JsErrors.Coded(engine, "ERR_UNKNOWN_ENCODING", encoding);
        }
        return text.Length == 0 ? fastBuffer.Empty() : fastBuffer.Over(ByteCodec.Encode(text.ToString(), id));
    }

    private JsValue FromArrayBuffer(JsArrayBuffer store, JsValue byteOffset, JsValue length)
    {
        var offset = byteOffset.IsUndefined() ? 0 : Number(byteOffset);
        if (double.IsNaN(offset)) offset = 0;
        var maxLength = Number(store.Get("byteLength")) - offset;
        if (maxLength < 0) throw JsErrors.Coded(engine, "ERR_BUFFER_OUT_OF_BOUNDS", "offset");
        double count;
        if (length.IsUndefined())
        {
            count = maxLength;
        }
        else
        {
            count = Number(length);
            if (count > 0)
            {
                if (count > maxLength) throw JsErrors.Coded(engine, "ERR_BUFFER_OUT_OF_BOUNDS", "length");
            }
            else
            {
                count = 0;
            }
        }
        return fastBuffer.Construct([store, offset, count], fastBuffer);
    }

    private ObjectInstance? FromObject(ObjectInstance source)
    {
        if (!source.Get("length").IsUndefined() || source.Get("buffer") is JsArrayBuffer)
        {
            if (source.Get("length") is not JsNumber) return fastBuffer.Empty();
            return FromArrayLike(source);
        }
        if (source.Get("type") is JsString { } type && type.ToString() == "Buffer" && source.Get("data") is { } data && data.IsArray())
        {
            return FromArrayLike((ObjectInstance)data);
        }
        return null;
    }

    /// <summary><c>new FastBuffer(length)</c> filled by <c>TypedArray.prototype.set</c>, which converts each element as <c>buffer[i] = value</c> would.</summary>
    public ObjectInstance FromArrayLike(ObjectInstance source)
    {
        var length = source.Get("length");
        if (!(Number(length) > 0)) return fastBuffer.Empty();
        var buffer = fastBuffer.Construct([length], fastBuffer);
        (_typedArraySet ??= engine.Intrinsics.Uint8Array.Get("prototype").Get("set")).Call(buffer, [source]);
        return buffer;
    }

    /// <summary><c>buf.toString(encoding, start, end)</c>.</summary>
    public JsValue ToString(JsValue thisObject, JsValue[] arguments)
    {
        if (arguments.Length == 0) return ByteCodec.Decode(ArrayBufferViews.Bytes(thisObject)[..ViewLength(thisObject)], ByteEncoding.Utf8);
        var length = ViewLength(thisObject);
        var startArgument = arguments.At(1);
        var endArgument = arguments.At(2);
        double start;
        if (Compare(startArgument, 0) is <= 0) start = 0;
        else if (Compare(startArgument, length) is >= 0) return JsString.Empty;
        else start = Truncate(startArgument);
        double end;
        if (endArgument.IsUndefined() || Compare(endArgument, length) is > 0) end = length;
        else end = Truncate(endArgument);
        if (end <= start) return JsString.Empty;
        var encoding = RequireEncoding(arguments.At(0));
        return ByteCodec.Decode(ArrayBufferViews.Bytes(thisObject)[(int)start..(int)end], encoding);
    }

    // `this.length`, which the slicing is measured in (as Node's, the bytes of a Buffer).
    private int ViewLength(JsValue view) => (int)Number(view.Get("length"));

    // `Math.trunc(value) || 0`.
    private double Truncate(JsValue value)
    {
        var truncated = Math.Truncate(Number(value));
        return double.IsNaN(truncated) ? 0 : truncated + 0.0;
    }

    /// <summary>
    /// The sign of <c>value - number</c> as the relational operators see it (one <c>ToPrimitive</c> per comparison, a
    /// BigInt compared by value), or null for NaN, which makes every comparison false.
    /// </summary>
    private int? Compare(JsValue value, double number)
    {
        if (value is JsNumber n) return Sign(n.AsNumber(), number);
        var primitive = TypeConverter.ToPrimitive(value, Types.Number);
        if (primitive is JsBigInt big) return ((BigInteger)big.ToObject()).CompareTo(new BigInteger(number));
        return Sign(Number(primitive), number);
    }

    // ToNumber; Jint raises its TypeError for a symbol or BigInt without a realm, which host code would surface as a
    // plain Error, so those two are thrown here as the interpreter throws them.
    private double Number(JsValue value)
    {
        var primitive = value is ObjectInstance ? TypeConverter.ToPrimitive(value, Types.Number) : value;
        if (primitive is JsBigInt or JsSymbol)
        {
            throw JsErrors.Throw(engine, "TypeError", $"Cannot convert a {(primitive is JsBigInt ? "BigInt" : "Symbol")} value to a number");
        }
        return TypeConverter.ToNumber(primitive);
    }

    private static int? Sign(double value, double number) => double.IsNaN(value) ? null : value.CompareTo(number);

    // Node's getEncodingOps after `encoding === undefined`: any other value as a string ("null" and "" are unknown).
    private ByteEncoding RequireEncoding(JsValue encoding)
    {
        if (encoding.IsUndefined()) return ByteEncoding.Utf8;
        var name = NativeArguments.TemplateString(engine, encoding);
        return (name.Length == 0 ? null : ByteEncodingNames.Find(name)) ?? throw JsErrors.Coded(engine, "ERR_UNKNOWN_ENCODING", encoding);
    }
}
