using System.Globalization;
using System.Text.RegularExpressions;
using Jint.Native;

namespace Hatchery.HostModules.Yaml;

/// <summary>
/// YAML 1.2's core schema: which plain scalars are null, booleans, integers and floats, and what each becomes in
/// JavaScript. Everything else, and every quoted scalar, is a string.
/// </summary>
internal static partial class CoreSchema
{
    public const string NullTag = "tag:yaml.org,2002:null";
    public const string BoolTag = "tag:yaml.org,2002:bool";
    public const string IntTag = "tag:yaml.org,2002:int";
    public const string FloatTag = "tag:yaml.org,2002:float";
    public const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>The JavaScript value of a plain, untagged scalar.</summary>
    public static JsValue Resolve(string text) => TryNull(text) ?? TryBool(text) ?? TryInt(text) ?? TryFloat(text) ?? new JsString(text);

    /// <summary>Whether <paramref name="text"/>, written plain, would be read back as something other than this string.</summary>
    public static bool NeedsQuotes(string text) => Resolve(text) is not JsString;

    /// <summary>The value of a scalar with an explicit core tag, or <c>null</c> when the text does not fit the tag.</summary>
    public static JsValue? ResolveTagged(string tag, string text) => tag switch
    {
        StringTag => new JsString(text),
        NullTag => TryNull(text),
        BoolTag => TryBool(text),
        IntTag => TryInt(text),
        FloatTag => TryFloat(text) ?? TryInt(text),
        _ => null,
    };

    private static JsValue? TryNull(string text) =>
        text is "" or "~" or "null" or "Null" or "NULL" ? JsValue.Null : null;

    private static JsValue? TryBool(string text) => text switch
    {
        "true" or "True" or "TRUE" => JsBoolean.True,
        "false" or "False" or "FALSE" => JsBoolean.False,
        _ => null,
    };

    private static JsValue? TryInt(string text)
    {
        if (DecimalInt().IsMatch(text)) return JsNumber.Create(double.Parse(text, CultureInfo.InvariantCulture));
        if (text.StartsWith("0o", StringComparison.Ordinal) && OctalInt().IsMatch(text)) return JsNumber.Create(Radix(text[2..], 8));
        if (text.StartsWith("0x", StringComparison.Ordinal) && HexInt().IsMatch(text)) return JsNumber.Create(Radix(text[2..], 16));
        return null;
    }

    private static JsValue? TryFloat(string text)
    {
        if (Float().IsMatch(text)) return JsNumber.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        return text switch
        {
            ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF" => JsNumber.Create(double.PositiveInfinity),
            "-.inf" or "-.Inf" or "-.INF" => JsNumber.Create(double.NegativeInfinity),
            ".nan" or ".NaN" or ".NAN" => JsNumber.Create(double.NaN),
            _ => null,
        };
    }

    // Digits beyond 2^53 lose precision, as JSON.parse loses it.
    private static double Radix(string digits, int radix)
    {
        double value = 0;
        foreach (var c in digits) value = value * radix + Convert.ToInt32(c.ToString(), 16);
        return value;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInt();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalInt();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexInt();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
