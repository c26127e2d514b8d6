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
    /// <summary><c>`${value}`</c>: the string a template literal makes of a value, a symbol being the TypeError it throws.</summary>
    internal static string TemplateString(Engine engine, JsValue value)
    {
        var primitive = TypeConverter.ToPrimitive(value, Types.String);
        if (primitive is JsSymbol) throw JsErrors.Throw(engine, "TypeError", "Cannot convert a Symbol value to a string");
        return TypeConverter.ToString(primitive);
    }

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
            throw JsErrors.Coded(engine, "ERR_OUT_OF_RANGE", name, "an integer", number);
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

    /// <summary>
    /// Node's <c>ERR_INVALID_ARG_TYPE</c> TypeError, as Node words it: <paramref name="expected"/> names types
    /// (<c>string</c>, <c>function</c>), classes (<c>Array</c>, <c>URL</c>: "an instance of …") or anything else, one
    /// name or several.
    /// </summary>
    public static JavaScriptException InvalidType(Engine engine, string name, string expected, JsValue received) =>
        JsErrors.Coded(engine, "ERR_INVALID_ARG_TYPE", name, expected, received);

    /// <summary><see cref="InvalidType(Engine, string, string, JsValue)"/> with several expected names.</summary>
    public static JavaScriptException InvalidType(Engine engine, string name, string[] expected, JsValue received) =>
        JsErrors.Coded(engine, "ERR_INVALID_ARG_TYPE", name, new JsArray(engine, Array.ConvertAll(expected, e => (JsValue)e)), received);
}
