using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Util;

/// <summary>The entries inside a container's braces: named properties, array items with holes, set and map entries.</summary>
internal static class InspectEntries
{
    // original: the object a getter runs on, when value is a prototype of it (Node's prototype properties).
    public static string Property(InspectContext ctx, ObjectInstance value, int recurseTimes, JsValue key, EntryKind kind, ObjectInstance? original = null)
    {
        var descriptor = value.GetOwnProperty(key);
        JsValue? data;
        JsValue? getter = null, setter = null;
        var enumerable = true;
        if (descriptor == PropertyDescriptor.Undefined)
        {
            data = value.Get(key);
        }
        else
        {
            enumerable = descriptor.Enumerable;
            if (descriptor.IsAccessorDescriptor())
            {
                data = null;
                getter = descriptor.Get is { } g && !g.IsUndefined() ? g : null;
                setter = descriptor.Set is { } s && !s.IsUndefined() ? s : null;
            }
            else
            {
                data = descriptor.Value ?? value.Get(key);
            }
        }

        string text;
        var separator = " ";
        if (data is not null && !data.IsUndefined())
        {
            var diff = !ctx.CompactAlways || kind != EntryKind.Object ? 2 : 3;
            ctx.IndentationLvl += diff;
            text = Inspector.FormatValue(ctx, data, recurseTimes);
            if (diff == 3 && ctx.Options.BreakLength < ctx.Width(text)) separator = "\n" + new string(' ', ctx.IndentationLvl);
            ctx.IndentationLvl -= diff;
        }
        else if (getter is not null)
        {
            text = Getter(ctx, original ?? value, recurseTimes, getter, setter is not null);
        }
        else
        {
            text = setter is not null ? ctx.Stylize("[Setter]", "special") : ctx.Stylize("undefined", "undefined");
        }
        if (kind == EntryKind.ArrayElement) return text;

        string name;
        if (key.IsSymbol()) name = "[" + ctx.Stylize(InspectPrimitives.EscapeBare(key.ToString()), "symbol") + "]";
        else if (key.ToString() == "__proto__") name = "['__proto__']";
        else if (!enumerable) name = "[" + InspectPrimitives.EscapeBare(key.ToString()) + "]";
        else if (InspectPrimitives.IsIdentifierKey(key.ToString())) name = key.ToString();
        else name = ctx.Stylize(InspectPrimitives.Quote(key.ToString()), "string");
        return name + ":" + separator + text;
    }

    // The getters option: the getter runs on the object, and what it returns (or throws) is shown after the label.
    private static string Getter(InspectContext ctx, ObjectInstance value, int recurseTimes, JsValue getter, bool hasSetter)
    {
        var label = hasSetter ? "Getter/Setter" : "Getter";
        var call = ctx.Options.Getters switch
        {
            InspectGetters.All => true,
            InspectGetters.Get => !hasSetter,
            InspectGetters.Set => hasSetter,
            _ => false,
        };
        if (!call) return ctx.Stylize($"[{label}]", "special");
        try
        {
            var result = getter.Call(value, []);
            ctx.IndentationLvl += 2;
            if (result.IsCallable())
            {
                // Node 20 formats a getter's function result as a primitive (typeof is not 'object'), which throws
                // in Symbol.prototype.toString, and leaves its indentation raised for the rest of the call: so do we.
                return $"{ctx.Stylize($"[{label}:", "special")} <Inspection threw (Symbol.prototype.toString requires that 'this' be a Symbol)>{ctx.Stylize("]", "special")}";
            }
            var text = result.IsNull() ? $"{ctx.Stylize($"[{label}:", "special")} {ctx.Stylize("null", "null")}{ctx.Stylize("]", "special")}"
                : result is ObjectInstance ? $"{ctx.Stylize($"[{label}]", "special")} {Inspector.FormatValue(ctx, result, recurseTimes)}"
                : $"{ctx.Stylize($"[{label}:", "special")} {InspectPrimitives.Format(ctx, result)}{ctx.Stylize("]", "special")}";
            ctx.IndentationLvl -= 2;
            return text;
        }
        catch (Jint.Runtime.JavaScriptException e)
        {
            var message = e.Error is ObjectInstance error ? Jint.Runtime.TypeConverter.ToString(error.Get("message")) : "undefined";
            return $"{ctx.Stylize($"[{label}:", "special")} <Inspection threw ({message})>{ctx.Stylize("]", "special")}";
        }
    }

    public static List<string> Array(InspectContext ctx, ObjectInstance value, ulong length, int recurseTimes)
    {
        var shown = (int)Math.Min((ulong)Math.Max(0, ctx.Options.MaxArrayLength), length);
        var output = new List<string>();
        for (var i = 0; i < shown; i++)
        {
            var key = new JsString(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!value.HasOwnProperty(key)) return SparseArray(ctx, value, length, recurseTimes, shown, output, i);
            output.Add(Property(ctx, value, recurseTimes, key, EntryKind.ArrayElement));
        }
        if (length > (ulong)shown) output.Add(Remaining(length - (ulong)shown));
        return output;
    }

    // Runs of holes print as "<N empty items>"; only the keys that exist are visited.
    private static List<string> SparseArray(InspectContext ctx, ObjectInstance value, ulong length, int recurseTimes, int maxLength, List<string> output, int start)
    {
        var keys = InspectKeys.Enumerable(value);
        ulong index = (ulong)start;
        for (var i = start; i < keys.Count && output.Count < maxLength; i++)
        {
            var key = keys[i];
            if (!ulong.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position) ||
                !InspectKeys.IsArrayIndex(key))
            {
                break;
            }
            if (position != index)
            {
                output.Add(ctx.Stylize(EmptyItems(position - index), "undefined"));
                index = position;
                if (output.Count == maxLength) break;
            }
            output.Add(Property(ctx, value, recurseTimes, new JsString(key), EntryKind.ArrayElement));
            index++;
        }
        var remaining = length - index;
        if (output.Count != maxLength)
        {
            if (remaining > 0) output.Add(ctx.Stylize(EmptyItems(remaining), "undefined"));
        }
        else if (remaining > 0)
        {
            output.Add(Remaining(remaining));
        }
        return output;
    }

    private static string EmptyItems(ulong count) => $"<{count} empty item{(count > 1 ? "s" : "")}>";

    public static string Remaining(ulong count) => $"... {count} more item{(count > 1 ? "s" : "")}";

    public static List<string> TypedArray(InspectContext ctx, JsTypedArray value, int recurseTimes)
    {
        var length = value.Length;
        var shown = (uint)Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), length);
        var output = new List<string>((int)shown + 1);
        for (uint i = 0; i < shown; i++)
        {
            output.Add(InspectPrimitives.Format(ctx, value[i]));
        }
        if (length > shown) output.Add(Remaining(length - shown));
        if (ctx.Options.ShowHidden)
        {
            ctx.IndentationLvl += 2;
            foreach (var key in (string[])["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"])
            {
                output.Add($"[{key}]: {Inspector.FormatValue(ctx, value.Get(key), recurseTimes, typedArray: true)}");
            }
            ctx.IndentationLvl -= 2;
        }
        return output;
    }

    public static List<string> Set(InspectContext ctx, JsSet set, int recurseTimes)
    {
        var shown = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), set.Size);
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        foreach (var item in set)
        {
            if (output.Count >= shown) break;
            output.Add(Inspector.FormatValue(ctx, item, recurseTimes));
        }
        if (set.Size > shown) output.Add(Remaining((ulong)(set.Size - shown)));
        ctx.IndentationLvl -= 2;
        return output;
    }

    public static List<string> Map(InspectContext ctx, JsMap map, int recurseTimes)
    {
        var shown = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), map.Size);
        var output = new List<string>();
        ctx.IndentationLvl += 2;
        foreach (var entry in map)
        {
            if (output.Count >= shown) break;
            output.Add(Inspector.FormatValue(ctx, entry.Key, recurseTimes) + " => " + Inspector.FormatValue(ctx, entry.Value, recurseTimes));
        }
        if (map.Size > shown) output.Add(Remaining((ulong)(map.Size - shown)));
        ctx.IndentationLvl -= 2;
        return output;
    }

    /// <summary>A Map or Set iterator's remaining entries; <paramref name="keyValue"/> entries come flattened as key, value.</summary>
    public static List<string> Iterator(InspectContext ctx, List<JsValue> entries, bool keyValue, int recurseTimes)
    {
        var count = keyValue ? entries.Count / 2 : entries.Count;
        var shown = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), count);
        var output = new List<string>(shown + 1);
        ctx.IndentationLvl += 2;
        for (var i = 0; i < shown; i++)
        {
            if (!keyValue)
            {
                output.Add(Inspector.FormatValue(ctx, entries[i], recurseTimes));
                continue;
            }
            List<string> pair = [Inspector.FormatValue(ctx, entries[2 * i], recurseTimes), Inspector.FormatValue(ctx, entries[(2 * i) + 1], recurseTimes)];
            output.Add(InspectLayout.Reduce(ctx, pair, "", ["[", "]"], EntryKind.ArrayExtras, recurseTimes, null));
        }
        ctx.IndentationLvl -= 2;
        if (count > shown) output.Add(Remaining((ulong)(count - shown)));
        return output;
    }

    public static List<string> Promise(InspectContext ctx, ObjectInstance promise, int recurseTimes)
    {
        var (status, result) = JsBrands.Promise(promise);
        if (status == PromiseStatus.Pending) return [ctx.Stylize("<pending>", "special")];
        if (status == PromiseStatus.Unknown || result is null) return [ctx.Stylize("<unknown>", "special")];
        ctx.IndentationLvl += 2;
        var text = Inspector.FormatValue(ctx, result, recurseTimes);
        ctx.IndentationLvl -= 2;
        return [status == PromiseStatus.Rejected ? ctx.Stylize("<rejected>", "special") + " " + text : text];
    }

    public static List<string> ArrayBufferContents(InspectContext ctx, ObjectInstance buffer)
    {
        byte[]? bytes;
        try
        {
            bytes = buffer.AsArrayBuffer();
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or InvalidOperationException)
        {
            bytes = null;
        }
        if (bytes is null) return [ctx.Stylize("(detached)", "special")];
        var length = (int)Jint.Runtime.TypeConverter.ToLength(buffer.Get("byteLength"));
        var shown = Math.Min(Math.Max(0, ctx.Options.MaxArrayLength), Math.Min(length, bytes.Length));
        var hex = new StringBuilder();
        for (var i = 0; i < shown; i++)
        {
            if (i > 0) hex.Append(' ');
            hex.Append(bytes[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        var remaining = length - ctx.Options.MaxArrayLength;
        if (remaining > 0) hex.Append(System.Globalization.CultureInfo.InvariantCulture, $" ... {remaining} more byte{(remaining > 1 ? "s" : "")}");
        return [$"{ctx.Stylize("[Uint8Contents]", "special")}: <{hex}>"];
    }
}
