using System.Runtime.CompilerServices;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.NativeModules;

/// <summary>
/// Creates JavaScript error objects: Node's coded errors (<c>ERR_…</c>) from their one definition in
/// <c>internal/errors</c>, and plain errors of the built-in kinds with an optional <c>code</c>, as Node's bindings throw.
/// </summary>
internal static class JsErrors
{
    private static readonly ConditionalWeakTable<ObjectInstance, object> ThrownByHost = new();
    private static readonly object Mark = new();

    /// <summary>An error built by the global constructor <paramref name="kind"/> (<c>Error</c>, <c>TypeError</c>, <c>SyntaxError</c>, <c>RangeError</c>…).</summary>
    public static ObjectInstance Create(Engine engine, string kind, string message, string? code = null)
    {
        var constructor = kind switch
        {
            "Error" => engine.Intrinsics.Error,
            "TypeError" => engine.Intrinsics.TypeError,
            _ => engine.Global.Get(kind) as ErrorConstructor ?? engine.Intrinsics.Error,
        };
        var error = constructor.Construct(message);
        if (code is { Length: > 0 }) error.Set("code", code);
        return error;
    }

    /// <summary>
    /// <see cref="Create"/>'s error wrapped for throwing from host code, as Node's bindings throw one (the code, if any,
    /// is a property, not part of the name line: <c>ENOENT</c>). Node's <c>ERR_</c> codes go through <see cref="Coded"/>.
    /// </summary>
    public static JavaScriptException Throw(Engine engine, string kind, string message, string? code = null) =>
        Thrown(Create(engine, kind, message, code));

    /// <summary>
    /// Node's coded error <paramref name="code"/> (<c>new codes.ERR_X(...args)</c> of <c>internal/errors</c>, loaded on first
    /// use), wrapped for throwing from host code. Its message, class and stack are those a built-in script's would have.
    /// </summary>
    public static JavaScriptException Coded(Engine engine, string code, params JsValue[] args)
    {
        var codes = (ObjectInstance)JsRuntime.Of(engine).BuiltinModules.Require("internal/errors");
        return Thrown(engine.Construct(codes.Get(code), args));
    }

    /// <summary>An error a script-side helper made (as <c>internal/errors</c>' <c>bindingError</c>), thrown from host code as <see cref="Coded"/>'s are.</summary>
    public static JavaScriptException Thrown(ObjectInstance error)
    {
        ThrownByHost.AddOrUpdate(error, Mark);
        return new JavaScriptException(error);
    }

    /// <summary>
    /// The brand check for errors: whether <paramref name="value"/> is an error object, made by an error constructor
    /// or inheriting from <c>Error.prototype</c> (a class that extends <c>Error</c>, <c>Object.create(Error.prototype)</c>).
    /// </summary>
    public static bool IsError(JsValue value)
    {
        if (value is ErrorInstance) return true;
        if (value is not ObjectInstance o || o.Engine.Intrinsics.Error.Get("prototype") is not ObjectInstance errorPrototype) return false;
        for (var proto = o.Prototype; proto is not null; proto = proto.Prototype)
        {
            if (ReferenceEquals(proto, errorPrototype)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="error"/> was made by <see cref="Throw"/> or <see cref="Coded"/>. Uncaught, Node prints a line of its own
    /// internals above such an error, not a line of the script (Jint keeps the thrown value, not the exception).
    /// </summary>
    public static bool IsThrownByHost(JsValue error) => error is ObjectInstance o && ThrownByHost.TryGetValue(o, out _);
}
