using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>Node's <c>util.format</c>: printf-style directives, then the remaining arguments inspected.</summary>
internal static partial class Formatter
{
    // Constructors whose toString is the built-in one; %s inspects such objects instead of calling toString.
    internal static readonly FrozenSet<string> BuiltInConstructors = new[]
    {
        "Object", "Function", "Array", "Number", "Boolean", "String", "Symbol", "BigInt", "Date", "Promise", "RegExp",
        "Error", "AggregateError", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
        "ArrayBuffer", "SharedArrayBuffer", "DataView", "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry",
        "Proxy", "Reflect", "Atomics", "JSON", "Math", "Intl", "Uint8Array", "Int8Array", "Uint16Array", "Int16Array",
        "Uint32Array", "Int32Array", "Float32Array", "Float64Array", "Uint8ClampedArray", "BigUint64Array", "BigInt64Array",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Format(ReadOnlySpan<JsValue> args) => Format(args, InspectOptions.Default);

    /// <summary><c>util.formatWithOptions</c>: as <see cref="Format(ReadOnlySpan{JsValue})"/> with the given inspect options.</summary>
    public static string Format(ReadOnlySpan<JsValue> args, InspectOptions options)
    {
        if (args.Length == 0) return "";
        var builder = new StringBuilder();
        var next = 0;
        var join = "";
        if (args[0] is JsString firstString)
        {
            var first = firstString.ToString();
            if (args.Length == 1) return first;
            var lastPos = 0;
            for (var i = 0; i < first.Length - 1; i++)
            {
                if (first[i] != '%') continue;
                var directive = first[++i];
                if (next + 1 != args.Length)
                {
                    string replacement;
                    switch (directive)
                    {
                        case 's': replacement = FormatString(args[++next], options); break;
                        case 'j': replacement = Json(args[++next]); break;
                        case 'd': replacement = FormatNumeric(args[++next], TypeConverter.ToNumber); break;
                        case 'i': replacement = FormatNumeric(args[++next], v => ParseInt(TypeConverter.ToString(v))); break;
                        case 'f': replacement = args[++next].IsSymbol() ? "NaN" : InspectPrimitives.FormatNumber(ParseFloat(TypeConverter.ToString(args[next]))); break;
                        case 'O': replacement = Inspector.Inspect(args[++next], options); break;
                        case 'o': replacement = Inspector.Inspect(args[++next], options with { ShowHidden = true, ShowProxy = true, Depth = 4 }); break;
                        case 'c':
                            next++;
                            replacement = "";
                            break;
                        case '%':
                            builder.Append(first, lastPos, i - lastPos);
                            lastPos = i + 1;
                            continue;
                        default:
                            continue;
                    }
                    if (lastPos != i - 1) builder.Append(first, lastPos, i - 1 - lastPos);
                    builder.Append(replacement);
                    lastPos = i + 1;
                }
                else if (directive == '%')
                {
                    builder.Append(first, lastPos, i - lastPos);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0)
            {
                next++;
                join = " ";
                if (lastPos < first.Length) builder.Append(first, lastPos, first.Length - lastPos);
            }
        }
        for (; next < args.Length; next++)
        {
            builder.Append(join);
            builder.Append(args[next] is JsString s ? s.ToString() : Inspector.Inspect(args[next], options));
            join = " ";
        }
        return builder.ToString();
    }

    private static string FormatString(JsValue value, InspectOptions options)
    {
        if (value is JsNumber number) return InspectPrimitives.FormatNumber(number.AsNumber());
        if (value is JsBigInt) return InspectPrimitives.FormatBigInt(value);
        // As Node: a Proxy is judged by its target, so no trap runs (a revoked one counts as having the built-in).
        if (value is ObjectInstance proxy && ProxyDetails.TryGet(proxy, out var target, out _))
        {
            if (target is null || HasBuiltInToString(target)) return Inspector.Inspect(value, options with { Depth = 0, Colors = false, Compact = 3 });
        }
        if (value is not ObjectInstance obj || !HasBuiltInToString(obj)) return value is JsSymbol ? value.ToString() : TypeConverter.ToString(value);
        return Inspector.Inspect(value, options with { Depth = 0, Colors = false, Compact = 3 });
    }

    private static string FormatNumeric(JsValue value, Func<JsValue, double> convert)
    {
        if (value is JsBigInt) return InspectPrimitives.FormatBigInt(value);
        if (value.IsSymbol()) return "NaN";
        return InspectPrimitives.FormatNumber(convert(value));
    }

    // An own toString, or one inherited from a user-defined prototype, means the object knows how to print itself.
    private static bool HasBuiltInToString(ObjectInstance value)
    {
        if (!value.Get("toString").IsCallable()) return true;
        if (value.HasOwnProperty("toString")) return false;
        var pointer = value;
        do
        {
            pointer = pointer.Prototype;
        }
        while (pointer is not null && !pointer.HasOwnProperty("toString"));
        if (pointer is null) return true;
        var descriptor = pointer.GetOwnProperty("constructor");
        return descriptor.IsDataDescriptor() && descriptor.Value is ObjectInstance constructor && constructor.IsCallable() &&
               BuiltInConstructors.Contains(TypeConverter.ToString(constructor.Get("name")));
    }

    private static string Json(JsValue value)
    {
        if (value is not ObjectInstance obj) return value.IsUndefined() ? "undefined" : JsonOfPrimitive(value);
        try
        {
            var json = new JsonSerializer(obj.Engine).Serialize(value);
            return json.IsUndefined() ? "undefined" : json.ToString();
        }
        catch (JavaScriptException e) when (e.Message.Contains("circular", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("cyclic", StringComparison.OrdinalIgnoreCase))
        {
            return "[Circular]";
        }
    }

    private static string JsonOfPrimitive(JsValue value) => value switch
    {
        JsString s => JsonQuote(s.ToString()),
        JsNumber n => !double.IsFinite(n.AsNumber()) ? "null" : n.AsNumber() == 0 ? "0" : InspectPrimitives.FormatNumber(n.AsNumber()),
        JsBoolean b => b.AsBoolean() ? "true" : "false",
        JsSymbol => "undefined",
        // No engine is at hand for a TypeError; the thrown value still carries V8's message.
        JsBigInt => throw new JavaScriptException(new JsString("TypeError: Do not know how to serialize a BigInt")),
        _ => "null",
    };

    // JSON.stringify's QuoteJSONString: short escapes, \u00xx for other controls and lone surrogates.
    private static string JsonQuote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var paired = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                    if (c < 0x20 || (char.IsSurrogate(c) && !paired && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    private static double ParseInt(string text)
    {
        var match = IntegerPrefix().Match(text.Trim());
        if (!match.Success) return double.NaN;
        var negative = match.Groups[1].Value == "-";
        double result;
        if (match.Groups[2].Success)
        {
            result = 0;
            foreach (var c in match.Groups[2].Value) result = result * 16 + Convert.ToInt32(c.ToString(), 16);
        }
        else
        {
            result = double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        }
        return negative ? -result : result;
    }

    private static double ParseFloat(string text)
    {
        var match = FloatPrefix().Match(text.Trim());
        if (!match.Success) return double.NaN;
        var literal = match.Value;
        if (literal.EndsWith("Infinity", StringComparison.Ordinal)) return literal[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^([+-]?)(?:0[xX]([0-9a-fA-F]+)|([0-9]+))")]
    private static partial Regex IntegerPrefix();

    [GeneratedRegex(@"^[+-]?(?:Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)")]
    private static partial Regex FloatPrefix();
}
