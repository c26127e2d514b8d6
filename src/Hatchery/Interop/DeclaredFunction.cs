using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Interop;

/// <summary>
/// A host function with the shape of a script's <c>function name() {}</c>, for a built-in that Node writes as one and
/// whose shape scripts can see: callable with <c>new</c> (the body's object result replaces the new object) and an own
/// writable <c>prototype</c> whose <c>constructor</c> points back. The body is a <see cref="FunctionBuilder"/> function,
/// so the call log sees its calls as any other's.
/// </summary>
internal sealed class DeclaredFunction : Constructor
{
    private readonly ClrFunction _body;

    public DeclaredFunction(Engine engine, ClrFunction body, string name, int length) : base(engine, name)
    {
        _body = body;
        Prototype = engine.Intrinsics.Function.Prototype;
        _length = new PropertyDescriptor(length, PropertyFlag.Configurable);
        var prototype = new JsObject(engine);
        prototype.FastSetProperty("constructor", new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
        _prototypeDescriptor = new PropertyDescriptor(prototype, PropertyFlag.AllForbidden | PropertyFlag.Writable);
    }

    /// <inheritdoc />
    protected override JsValue Call(JsValue thisObject, JsValue[] arguments) => _body.Call(thisObject, arguments);

    /// <inheritdoc />
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget)
    {
        var instance = new JsObject(Engine);
        if (newTarget.Get("prototype") is ObjectInstance prototype) instance.Prototype = prototype;
        return _body.Call(instance, arguments) as ObjectInstance ?? instance;
    }
}
