using Hatchery.Builtins.Buffer;
using Hatchery.Builtins.Util;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// The WHATWG <c>TextEncoder</c> global (UTF-8 only), built in C# on the global's first read: a runtime's first encode
/// evaluates no script (issue 13). Node 20's shape throughout: the <c>encoding</c> getter and <c>encode</c> and
/// <c>encodeInto</c> enumerable on the prototype, a non-enumerable <c>[util.inspect.custom]</c> and
/// <c>Symbol.toStringTag</c>, and each instance branded by an own <c>Symbol(encoder)</c> property, which the members
/// check as Node's do (<c>ERR_INVALID_THIS</c>).
/// </summary>
internal sealed class TextEncoderClass : ClassConstructor
{
    // Node's kEncoder. A symbol holds no engine state, so one serves every engine, as Jint's well-known symbols do.
    private static readonly JsValue Brand = new Engine().Evaluate("Symbol('encoder')");

    private readonly Jint.Native.TypedArray.Uint8ArrayConstructor _uint8Array;

    public TextEncoderClass(Engine engine) : base(engine, "TextEncoder", 0)
    {
        // The realm the class is made in owns the arrays it returns, as a script class's `new Uint8Array` would.
        _uint8Array = engine.Intrinsics.Uint8Array;
        var functions = new FunctionBuilder(engine, "TextEncoder");
        var prototype = PrototypeObject;
        prototype.FastSetProperty("encoding", new GetSetPropertyDescriptor(
            functions.Create("get encoding", 0, (thisObject, _) => Checked(thisObject, "utf-8")), JsValue.Undefined, enumerable: true, configurable: true));
        prototype.FastSetProperty("encode", new PropertyDescriptor(functions.Create("encode", 0, Encode), PropertyFlag.ConfigurableEnumerableWritable));
        prototype.FastSetProperty("encodeInto", new PropertyDescriptor(functions.Create("encodeInto", 2, EncodeInto), PropertyFlag.ConfigurableEnumerableWritable));
        var customInspect = engine.Global.Get("Symbol").Get("for").Call(JsValue.Undefined, [new JsString("nodejs.util.inspect.custom")]);
        prototype.FastSetProperty(customInspect, new PropertyDescriptor(
            functions.Create("[nodejs.util.inspect.custom]", 2, Inspect), PropertyFlag.NonEnumerable));
        prototype.FastSetProperty(GlobalSymbolRegistry.ToStringTag, new PropertyDescriptor("TextEncoder", PropertyFlag.Configurable));
    }

    /// <inheritdoc />
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget)
    {
        var encoder = CreateInstance(newTarget);
        encoder.FastSetProperty(Brand, new PropertyDescriptor(JsBoolean.True, PropertyFlag.ConfigurableEnumerableWritable));
        return encoder;
    }

    private JsValue Encode(JsValue thisObject, JsValue[] arguments)
    {
        Checked(thisObject, JsValue.Undefined);
        return _uint8Array.Construct(ByteCodec.Encode(Text(arguments.Length > 0 ? arguments[0] : JsValue.Undefined), ByteEncoding.Utf8));
    }

    private JsValue EncodeInto(JsValue thisObject, JsValue[] arguments)
    {
        Checked(thisObject, JsValue.Undefined);
        var source = arguments.Length > 0 ? arguments[0] : JsValue.Undefined;
        var destination = arguments.Length > 1 ? arguments[1] : JsValue.Undefined;
        if (source is not JsString) throw JsErrors.Coded(Engine, "ERR_INVALID_ARG_TYPE", "src", "string", source);
        if (destination is not JsTypedArray array || !array.IsUint8Array())
            throw JsErrors.Coded(Engine, "ERR_INVALID_ARG_TYPE", "dest", "Uint8Array", destination);
        // Stops before a code point that does not fit whole; lone surrogates become U+FFFD.
        System.Text.Unicode.Utf8.FromUtf16(source.ToString(), ArrayBufferViews.Bytes(array), out var read, out var written,
            replaceInvalidSequences: true, isFinalBlock: true);
        var result = new JsObject(Engine);
        result.FastSetDataProperty("read", read);
        result.FastSetDataProperty("written", written);
        return result;
    }

    // As Node 20: the fields on an object whose prototype only names the constructor, so it prints as a plain object.
    private JsValue Inspect(JsValue thisObject, JsValue[] arguments)
    {
        Checked(thisObject, JsValue.Undefined);
        if (arguments.Length > 0 && arguments[0] is JsNumber depth && depth.AsNumber() < 0) return thisObject;
        var named = new JsObject(Engine);
        named.FastSetDataProperty("constructor", ConstructorOf(thisObject) ?? this);
        var shown = new JsObject(Engine) { Prototype = named };
        shown.Set("encoding", thisObject.Get("encoding"));
        return Inspector.Inspect(shown, InspectOptionsReader.Read(arguments.Length > 1 ? arguments[1] : JsValue.Undefined));
    }

    // `${input}` of a parameter defaulting to ''.
    private string Text(JsValue input) => input.IsUndefined() ? "" : TemplateText(input);

    // Node's validateEncoder, before every member does anything.
    private JsValue Checked(JsValue thisObject, JsValue result)
    {
        if (thisObject.IsNull() || thisObject.IsUndefined() || thisObject.Get(Brand) is not JsBoolean { } brand || !brand.AsBoolean())
            throw JsErrors.Coded(Engine, "ERR_INVALID_THIS", "TextEncoder");
        return result;
    }
}
