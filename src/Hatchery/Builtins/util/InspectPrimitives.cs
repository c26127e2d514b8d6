using System.Globalization;
using System.Text;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>How <c>util.inspect</c> writes primitives, quoted strings and property names.</summary>
internal static class InspectPrimitives
{
    private const int MinLineLength = 16;

    /// <summary>A primitive value as Node prints it inside a container (strings quoted).</summary>
    public static string Format(InspectContext ctx, JsValue value)
    {
        switch (value)
        {
            case JsString:
                return FormatString(ctx, value.ToString());
            case JsNumber number:
                return ctx.Stylize(ctx.Options.NumericSeparator ? SeparatedNumber(number.AsNumber()) : FormatNumber(number.AsNumber()), "number");
            case JsBigInt:
                return ctx.Stylize(ctx.Options.NumericSeparator ? GroupFromEnd(value.ToString()) + "n" : FormatBigInt(value), "bigint");
            case JsBoolean boolean:
                return ctx.Stylize(boolean.AsBoolean() ? "true" : "false", "boolean");
            case JsSymbol:
                return ctx.Stylize(value.ToString(), "symbol");
            default:
                return value.IsNull() ? ctx.Stylize("null", "null") : ctx.Stylize("undefined", "undefined");
        }
    }

    public static string FormatNumber(double number) =>
        number == 0 && double.IsNegative(number) ? "-0" : TypeConverter.ToString(number);

    public static string FormatBigInt(JsValue value) => value.ToString() + "n";

    // Node's numericSeparator: the integer part grouped from the end, the fraction from the start, integral exponents
    // untouched. Node 20 splits the text at its '.', and for a fraction written with an exponent (1e-7), which has
    // none, slices as JavaScript does with index -1: "1e-" before the dot and "1e-7" after it, giving "1e-.1e-_7".
    private static string SeparatedNumber(double number)
    {
        var text = TypeConverter.ToString(number);
        if (Math.Truncate(number) == number)
        {
            return double.IsInfinity(number) || text.Contains('e', StringComparison.Ordinal) ? text : GroupFromEnd(text);
        }
        if (double.IsNaN(number)) return text;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? text[..^1] : text[..dot];
        return GroupFromEnd(integerPart) + "." + GroupFromStart(text[(dot + 1)..]);
    }

    private static string GroupFromEnd(string digits)
    {
        var start = digits.StartsWith('-') ? 1 : 0;
        var result = "";
        var i = digits.Length;
        for (; i >= start + 4; i -= 3) result = "_" + digits[(i - 3)..i] + result;
        return i == digits.Length ? digits : digits[..i] + result;
    }

    private static string GroupFromStart(string digits)
    {
        var result = new StringBuilder();
        var i = 0;
        for (; i < digits.Length - 3; i += 3) result.Append(digits, i, 3).Append('_');
        return i == 0 ? digits : result.Append(digits, i, digits.Length - i).ToString();
    }

    private static string FormatString(InspectContext ctx, string value)
    {
        var trailer = "";
        if (value.Length > ctx.Options.MaxStringLength)
        {
            var remaining = value.Length - ctx.Options.MaxStringLength;
            value = value[..ctx.Options.MaxStringLength];
            trailer = $"... {remaining} more character{(remaining > 1 ? "s" : "")}";
        }
        // Long strings that span lines are split after each newline and joined with " +".
        if (!ctx.CompactAlways && value.Length > MinLineLength && value.Length > ctx.Options.BreakLength - ctx.IndentationLvl - 4)
        {
            var lines = SplitAfterNewlines(value).Select(line => ctx.Stylize(Quote(line), "string"));
            return string.Join(" +\n" + new string(' ', ctx.IndentationLvl + 2), lines) + trailer;
        }
        return ctx.Stylize(Quote(value), "string") + trailer;
    }

    private static IEnumerable<string> SplitAfterNewlines(string value)
    {
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\n') continue;
            yield return value[start..(i + 1)];
            start = i + 1;
        }
        if (start < value.Length || start == 0) yield return value[start..];
    }

    /// <summary>
    /// Quotes and escapes a string: single quotes unless the text holds one, then double quotes,
    /// then backticks, and only as a last resort escaped single quotes.
    /// </summary>
    public static string Quote(string value)
    {
        var quote = '\'';
        if (value.Contains('\''))
        {
            if (!value.Contains('"')) quote = '"';
            else if (!value.Contains('`') && !value.Contains("${", StringComparison.Ordinal)) quote = '`';
        }
        var builder = new StringBuilder(value.Length + 2);
        builder.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c == '\'' && quote == '\'') || c == '\\' || c < 0x20 || (c > 0x7e && c < 0xa0))
            {
                builder.Append(Escape(c));
            }
            else if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    builder.Append(c).Append(value[++i]);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("x", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.Append(quote).ToString();
    }

    private static string Escape(char c) => c switch
    {
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\f' => "\\f",
        '\r' => "\\r",
        '\'' => "\\'",
        '\\' => "\\\\",
        _ => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
    };

    /// <summary>Escapes control characters, quotes and backslashes without adding quotes (symbol keys, hidden keys).</summary>
    public static string EscapeBare(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c == '\'' || c == '\\' || c < 0x20 || (c > 0x7e && c < 0xa0)) builder.Append(Escape(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Whether a key prints bare (<c>a: 1</c>) rather than quoted (<c>'a-b': 1</c>).</summary>
    public static bool IsIdentifierKey(string key)
    {
        if (key.Length == 0 || !(char.IsAsciiLetter(key[0]) || key[0] == '_')) return false;
        foreach (var c in key)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }
}
