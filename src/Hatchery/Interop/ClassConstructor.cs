using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Interop;

/// <summary>
/// A class built in C# instead of by a script, for a built-in whose class a fresh runtime should not pay to evaluate:
/// a constructor callable only with <c>new</c> (otherwise the TypeError a script class throws), a read-only
/// <c>prototype</c> whose non-enumerable <c>constructor</c> points back, and instances made from <c>new.target</c>'s
/// prototype, so that <c>class X extends C {}</c> works. <c>util.inspect</c> prints it as a class.
/// </summary>
internal abstract class ClassConstructor : Constructor
{
    private readonly string _name;

    /// <summary>A class named <paramref name="name"/> whose constructor has the given <c>length</c>.</summary>
    protected ClassConstructor(Engine engine, string name, int length) : base(engine, name)
    {
        _name = name;
        Prototype = engine.Intrinsics.Function.Prototype;
        _length = new PropertyDescriptor(length, PropertyFlag.Configurable);
        PrototypeObject = new JsObject(engine);
        PrototypeObject.FastSetProperty("constructor", new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
        _prototypeDescriptor = new PropertyDescriptor(PrototypeObject, PropertyFlag.AllForbidden);
    }

    /// <summary>The class's <c>prototype</c>, where subclasses add its methods and accessors.</summary>
    public ObjectInstance PrototypeObject { get; }

    /// <inheritdoc />
    protected override JsValue Call(JsValue thisObject, JsValue[] arguments) =>
        throw new JavaScriptException(Engine.Intrinsics.TypeError, $"Class constructor {_name} cannot be invoked without 'new'");

    /// <summary>
    /// An ordinary object whose prototype is <paramref name="newTarget"/>'s <c>prototype</c> (a subclass's), or
    /// <c>Object.prototype</c> when that is not an object, as for a script class.
    /// </summary>
    protected JsObject CreateInstance(JsValue newTarget)
    {
        var instance = new JsObject(Engine);
        SetPrototypeFrom(instance, newTarget);
        return instance;
    }

    /// <summary>Gives an instance made by a subclass of this class <paramref name="newTarget"/>'s <c>prototype</c>.</summary>
    protected void SetPrototypeFrom(ObjectInstance instance, JsValue newTarget)
    {
        var prototype = ReferenceEquals(newTarget, this) ? PrototypeObject : newTarget.Get("prototype") as ObjectInstance;
        if (prototype is not null) instance.Prototype = prototype;
    }

    /// <summary><c>`${value}`</c>: the string a template literal makes, a symbol being the TypeError it throws.</summary>
    protected string TemplateText(JsValue value) => NativeModules.NativeArguments.TemplateString(Engine, value);

    /// <summary>
    /// Node's <c>getConstructorOf</c>, which custom inspect methods name an instance by: the first named function among
    /// the own <c>constructor</c>s of the object and its prototypes.
    /// </summary>
    protected static JsValue? ConstructorOf(JsValue value)
    {
        for (var o = value as ObjectInstance; o is not null; o = o.Prototype)
        {
            if (o.GetOwnProperty("constructor") is { } own && own != PropertyDescriptor.Undefined && own.Value is { } f && f.IsCallable() &&
                f.Get("name") is not JsString { Length: 0 }) return f;
        }
        return null;
    }
}
