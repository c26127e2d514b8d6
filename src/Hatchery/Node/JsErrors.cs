using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Node;

/// <summary>Creates JavaScript error objects of the built-in kinds, with Node's optional <c>code</c>.</summary>
internal static class JsErrors
{
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

    /// <summary>The same error wrapped for throwing from host code.</summary>
    public static JavaScriptException Throw(Engine engine, string kind, string message, string? code = null) =>
        new(Create(engine, kind, message, code));
}
