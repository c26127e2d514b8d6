using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.TypedArray;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// Node's <c>FastBuffer</c>, <c>class FastBuffer extends Uint8Array</c>: the class every <c>Buffer</c> is an instance of
/// (<c>Buffer.prototype</c> is its prototype, <c>Buffer[Symbol.species]</c> returns it), built in C# so that a runtime's
/// first <c>Buffer</c> evaluates no class.
/// </summary>
internal sealed class FastBufferClass : ClassConstructor
{
    private readonly Uint8ArrayConstructor _uint8Array;
    private readonly Jint.Native.ArrayBuffer.ArrayBufferConstructor _arrayBuffer;

    public FastBufferClass(Engine engine) : base(engine, "FastBuffer", 3)
    {
        _uint8Array = engine.Intrinsics.Uint8Array;
        _arrayBuffer = engine.Intrinsics.ArrayBuffer;
        Prototype = _uint8Array;
        PrototypeObject.Prototype = (ObjectInstance)_uint8Array.Get("prototype");
    }

    /// <summary><c>super(bufferOrLength, byteOffset, length)</c>: a <c>Uint8Array</c> whose prototype is <c>new.target</c>'s.</summary>
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget) => _uint8Array.Construct(arguments, newTarget);

    /// <summary><c>new FastBuffer()</c>.</summary>
    public JsTypedArray Empty() => Over(_arrayBuffer.Construct([]));

    /// <summary><c>new FastBuffer(arrayBuffer)</c> over <paramref name="bytes"/>, which the buffer then owns.</summary>
    public JsTypedArray Over(byte[] bytes) => Over(_arrayBuffer.Construct(bytes));

    private JsTypedArray Over(JsArrayBuffer store)
    {
        var buffer = _uint8Array.Construct(store);
        buffer.Prototype = PrototypeObject;
        return buffer;
    }
}
