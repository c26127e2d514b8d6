using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Util;

/// <summary>Which own keys <c>util.inspect</c> lists: enumerable ones (all with <c>showHidden</c>), strings before symbols.</summary>
internal static class InspectKeys
{
    public static List<JsValue> Of(InspectContext ctx, ObjectInstance value) => Select(ctx, value, skipIndices: false);

    /// <summary>The keys of an array-like that are not element indices (<c>length</c> counts only with <c>showHidden</c>).</summary>
    public static List<JsValue> NonIndex(InspectContext ctx, ObjectInstance value) => Select(ctx, value, skipIndices: true);

    /// <summary>Object.keys: the enumerable own string keys.</summary>
    public static List<string> Enumerable(ObjectInstance value)
    {
        var keys = new List<string>();
        foreach (var key in value.GetOwnPropertyKeys(Types.String))
        {
            if (value.GetOwnProperty(key) is { } descriptor && descriptor != PropertyDescriptor.Undefined && descriptor.Enumerable) keys.Add(key.ToString());
        }
        return keys;
    }

    private static List<JsValue> Select(InspectContext ctx, ObjectInstance value, bool skipIndices)
    {
        var strings = new List<JsValue>();
        var symbols = new List<JsValue>();
        foreach (var key in value.GetOwnPropertyKeys(Types.String | Types.Symbol))
        {
            if (skipIndices && key is JsString s && IsArrayIndex(s.ToString())) continue;
            if (!ctx.Options.ShowHidden)
            {
                var descriptor = value.GetOwnProperty(key);
                if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable) continue;
            }
            (key.IsSymbol() ? symbols : strings).Add(key);
        }
        // Jint lists no keys for the object a function's `prototype` starts as, though it has its `constructor`.
        if (ctx.Options.ShowHidden && value.GetOwnProperty("constructor") != PropertyDescriptor.Undefined && !strings.Exists(k => k is JsString { } s && s.ToString() == "constructor"))
        {
            strings.Insert(0, "constructor");
        }
        // V8 gives each error its own `stack` before anything else; in Jint it comes later, when a script defines it.
        if (NativeModules.JsErrors.IsError(value) && strings.FindIndex(k => k is JsString { } s && s.ToString() == "stack") is > 0 and var stack)
        {
            strings.RemoveAt(stack);
            strings.Insert(0, "stack");
        }
        strings.AddRange(symbols);
        return strings;
    }

    public static bool IsArrayIndex(string key) =>
        key.Length > 0 && (key == "0" || key[0] != '0') && uint.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index != uint.MaxValue;
}
