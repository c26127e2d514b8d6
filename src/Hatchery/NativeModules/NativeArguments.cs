using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.NativeModules;

/// <summary>
/// Argument conversion for native functions. Each helper returns the argument in the requested .NET type, or
/// throws a JavaScript <c>TypeError</c> with Node's <c>ERR_INVALID_ARG_TYPE</c> code naming the parameter.
/// </summary>
public static class NativeArguments
{
    /// <summary>The argument at <paramref name="index"/>, which must be a string.</summary>
    public static string String(Engine engine, JsValue[] args, int index, string name)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        if (value is JsString s) return s.ToString();
        throw InvalidType(engine, name, "string", value);
    }

    /// <summary>The argument at <paramref name="index"/> if it is a string, <paramref name="fallback"/> if absent or undefined.</summary>
    public static string? OptionalString(Engine engine, JsValue[] args, int index, string name, string? fallback = null)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        if (value.IsUndefined()) return fallback;
        if (value is JsString s) return s.ToString();
        throw InvalidType(engine, name, "string", value);
    }

    /// <summary>The argument at <paramref name="index"/>, which must be a number.</summary>
    public static double Number(Engine engine, JsValue[] args, int index, string name)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        if (value is JsNumber n) return n.AsNumber();
        throw InvalidType(engine, name, "number", value);
    }

    /// <summary>The argument at <paramref name="index"/>, which must be an integer number.</summary>
    public static int Integer(Engine engine, JsValue[] args, int index, string name)
    {
        var number = Number(engine, args, index, name);
        if (number % 1 != 0 || number < int.MinValue || number > int.MaxValue)
        {
            throw JsErrors.Throw(engine, "RangeError",
                $"The value of \"{name}\" is out of range. It must be an integer. Received {Jint.Runtime.TypeConverter.ToString(number)}", "ERR_OUT_OF_RANGE");
        }
        return (int)number;
    }

    /// <summary>The argument at <paramref name="index"/>, which must be a boolean.</summary>
    public static bool Boolean(Engine engine, JsValue[] args, int index, string name)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        if (value is JsBoolean b) return b.AsBoolean();
        throw InvalidType(engine, name, "boolean", value);
    }

    /// <summary>The argument at <paramref name="index"/>, which must be an object.</summary>
    public static ObjectInstance Object(Engine engine, JsValue[] args, int index, string name)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        if (value is ObjectInstance o) return o;
        throw InvalidType(engine, name, "object", value);
    }

    /// <summary>The argument at <paramref name="index"/>, which must be a function.</summary>
    public static ObjectInstance Function(Engine engine, JsValue[] args, int index, string name)
    {
        var value = index < args.Length ? args[index] : JsValue.Undefined;
        // Bound functions are callable objects but not Function instances in Jint.
        if (value is ObjectInstance f && f.IsCallable()) return f;
        throw InvalidType(engine, name, "function", value);
    }

    /// <summary>A TypeError shaped like Node's <c>ERR_INVALID_ARG_TYPE</c>.</summary>
    public static JavaScriptException InvalidType(Engine engine, string name, string expected, JsValue received) =>
        JsErrors.Throw(engine, "TypeError",
            $"The \"{name}\" argument must be of type {expected}. Received {Describe(received)}", "ERR_INVALID_ARG_TYPE");

    private static string Describe(JsValue value) => value switch
    {
        _ when value.IsUndefined() => "undefined",
        _ when value.IsNull() => "null",
        JsString s => $"type string ('{Truncate(s.ToString())}')",
        // util.inspect keeps the sign of negative zero, which ToString drops.
        JsNumber n => $"type number ({(n.AsNumber() == 0 && double.IsNegative(n.AsNumber()) ? "-0" : Jint.Runtime.TypeConverter.ToString(n))})",
        JsBoolean b => $"type boolean ({(b.AsBoolean() ? "true" : "false")})",
        JsBigInt big => $"type bigint ({big}n)",
        JsSymbol symbol => $"type symbol ({symbol})",
        Jint.Native.Function.Function f => $"function {f.Get("name")}",
        ObjectInstance o when o.Get("constructor") is Jint.Native.Function.Function c && c.Get("name") is JsString cn && cn.Length > 0
            => $"an instance of {cn}",
        _ => "an instance of Object",
    };

    private static string Truncate(string text) => text.Length > 25 ? text[..25] + "..." : text;
}
