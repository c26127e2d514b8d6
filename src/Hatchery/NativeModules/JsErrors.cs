using System.Runtime.CompilerServices;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.NativeModules;

/// <summary>Creates JavaScript error objects of the built-in kinds, with Node's optional <c>code</c>.</summary>
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
    /// The same error wrapped for throwing from host code, which stands in for Node's own JavaScript: an <c>ERR_</c>
    /// code goes into the stack's first line as Node's internal errors show it (<c>TypeError [ERR_X]: message</c>).
    /// </summary>
    public static JavaScriptException Throw(Engine engine, string kind, string message, string? code = null)
    {
        var error = Create(engine, kind, message, code);
        if (code is not null && code.StartsWith("ERR_", StringComparison.Ordinal))
        {
            // Jint's stack holds only the frames; V8 captures the header while the name carries the code.
            var header = $"{TypeConverter.ToString(error.Get("name"))} [{code}]: {message}";
            var stack = error.Get("stack") is JsString { Length: > 0 } frames ? header + "\n" + frames : header;
            error.DefineOwnProperty("stack", new PropertyDescriptor(stack, writable: true, enumerable: false, configurable: true));
        }
        ThrownByHost.AddOrUpdate(error, Mark);
        return new JavaScriptException(error);
    }

    /// <summary>
    /// Whether <paramref name="error"/> was made by <see cref="Throw"/>. Uncaught, Node prints a line of its own
    /// internals above such an error, not a line of the script (Jint keeps the thrown value, not the exception).
    /// </summary>
    public static bool IsThrownByHost(JsValue error) => error is ObjectInstance o && ThrownByHost.TryGetValue(o, out _);
}
