using System.Reflection;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>The settled state of a promise, as far as the engine lets us see it.</summary>
internal enum PromiseStatus
{
    Pending,
    Fulfilled,
    Rejected,
    Unknown,
}

/// <summary>
/// Type checks Jint does not expose as public types (boxed primitives, weak collections, promise state, classes),
/// answered through the engine's own brand checks so they cannot be fooled by a forged <c>Symbol.toStringTag</c>.
/// </summary>
internal sealed class JsBrands
{
    private static readonly Lazy<(PropertyInfo State, PropertyInfo Value)?> PromiseInternals = new(FindPromiseInternals);

    private readonly Engine _engine;
    private readonly JsValue _objectToString;

    public JsBrands(Engine engine)
    {
        _engine = engine;
        var symbol = engine.Global.Get("Symbol");
        Iterator = symbol.Get("iterator");
        ToStringTag = symbol.Get("toStringTag");
        CustomInspect = symbol.Get("for").Call(symbol, [new JsString("nodejs.util.inspect.custom")]);
        _objectToString = engine.Intrinsics.Object.Get("prototype").Get("toString");
    }

    public JsValue Iterator { get; }

    public JsValue ToStringTag { get; }

    /// <summary><c>Symbol.for('nodejs.util.inspect.custom')</c>, the hook objects use to print themselves.</summary>
    public JsValue CustomInspect { get; }

    /// <summary>The primitive inside a <c>Number</c>, <c>String</c>, <c>Boolean</c>, <c>Symbol</c> or <c>BigInt</c> wrapper, with its type name.</summary>
    public (string Type, JsValue Primitive)? Boxed(ObjectInstance value)
    {
        var type = BuiltinTag(value) switch
        {
            "[object Number]" => "Number",
            "[object String]" => "String",
            "[object Boolean]" => "Boolean",
            "[object Symbol]" => "Symbol",
            "[object BigInt]" => "BigInt",
            _ => null,
        };
        if (type is null) return null;
        var primitive = TryCall(type, "valueOf", value);
        return primitive is null ? null : (type, primitive);
    }

    public bool IsWeakMap(ObjectInstance value) =>
        BuiltinTag(value) == "[object WeakMap]" && TryCall("WeakMap", "has", value, new JsObject(_engine)) is not null;

    public bool IsWeakSet(ObjectInstance value) =>
        BuiltinTag(value) == "[object WeakSet]" && TryCall("WeakSet", "has", value, new JsObject(_engine)) is not null;

    // Jint keeps promise state internal; read it when the running Jint still has the same shape, else report unknown.
    public static (PromiseStatus Status, JsValue? Result) Promise(ObjectInstance promise)
    {
        if (PromiseInternals.Value is not { } members || !members.State.DeclaringType!.IsInstanceOfType(promise)) return (PromiseStatus.Unknown, null);
        var state = members.State.GetValue(promise)?.ToString();
        return state switch
        {
            "Pending" => (PromiseStatus.Pending, null),
            "Fulfilled" => (PromiseStatus.Fulfilled, members.Value.GetValue(promise) as JsValue),
            "Rejected" => (PromiseStatus.Rejected, members.Value.GetValue(promise) as JsValue),
            _ => (PromiseStatus.Unknown, null),
        };
    }

    private static (PropertyInfo, PropertyInfo)? FindPromiseInternals()
    {
        var type = typeof(JsValue).Assembly.GetType("Jint.Native.JsPromise");
        const BindingFlags flags = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;
        var state = type?.GetProperty("State", flags);
        var value = type?.GetProperty("Value", flags);
        return state is null || value is null ? null : (state, value);
    }

    /// <summary>
    /// Classes are the only script functions whose <c>prototype</c> is read-only
    /// (Jint's <c>Function.prototype.toString</c> does not return the source Node inspects); the built-in classes made
    /// in C# are <see cref="Interop.ClassConstructor"/>s.
    /// </summary>
    public static bool IsClass(Function function) => function is Interop.ClassConstructor ||
        function is ScriptFunction && function.GetOwnProperty("prototype") is { } prototype &&
        prototype != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined && prototype.IsDataDescriptor() && !prototype.Writable;

    /// <summary><c>Function</c>, <c>AsyncFunction</c>, <c>GeneratorFunction</c> or <c>AsyncGeneratorFunction</c>.</summary>
    public static string FunctionType(Function function)
    {
        var declaration = function.FunctionDeclaration;
        if (declaration is null) return "Function";
        return (declaration.Async ? "Async" : "") + (declaration.Generator ? "Generator" : "") + "Function";
    }

    private string BuiltinTag(ObjectInstance value) => TypeConverter.ToString(_objectToString.Call(value, []));

    private JsValue? TryCall(string constructor, string method, ObjectInstance thisValue, params JsValue[] arguments)
    {
        try
        {
            return _engine.Global.Get(constructor).Get("prototype").Get(method).Call(thisValue, arguments);
        }
        catch (JavaScriptException)
        {
            return null;
        }
    }
}
