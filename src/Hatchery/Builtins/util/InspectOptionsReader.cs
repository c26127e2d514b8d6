using Hatchery.Interop;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>Converts between a JavaScript options object (<c>{ depth, showHidden, breakLength, compact, … }</c>) and <see cref="InspectOptions"/>.</summary>
internal static class InspectOptionsReader
{
    public static InspectOptions Read(JsValue value) => Read(value, InspectOptions.Default);

    /// <summary>Reads the options present on <paramref name="value"/>, keeping <paramref name="defaults"/> for the rest.</summary>
    public static InspectOptions Read(JsValue value, InspectOptions defaults)
    {
        if (value is not ObjectInstance o) return defaults;
        var options = defaults;
        var depth = o.Get("depth");
        if (depth.IsNull()) options = options with { Depth = int.MaxValue, DepthIsNull = true };
        else if (depth is JsNumber d) options = options with { Depth = Count(d), DepthIsNull = false };
        if (o.Get("showHidden") is JsBoolean hidden) options = options with { ShowHidden = hidden.AsBoolean() };
        if (o.Get("breakLength") is JsNumber breakLength) options = options with { BreakLength = Count(breakLength) };
        if (o.Get("colors") is JsBoolean colors) options = options with { Colors = colors.AsBoolean() };
        var sorted = o.Get("sorted");
        if (sorted is JsBoolean sort) options = options with { Sorted = sort.AsBoolean(), SortComparer = null };
        else if (sorted.IsCallable()) options = options with { Sorted = true, SortComparer = sorted };
        var getters = o.Get("getters");
        if (getters is JsBoolean all) options = options with { Getters = all.AsBoolean() ? InspectGetters.All : InspectGetters.None };
        else if (getters is JsString which) options = options with { Getters = which.ToString() switch { "get" => InspectGetters.Get, "set" => InspectGetters.Set, _ => InspectGetters.None } };
        if (o.Get("numericSeparator") is JsBoolean separator) options = options with { NumericSeparator = separator.AsBoolean() };
        if (o.Get("customInspect") is JsBoolean custom) options = options with { CustomInspect = custom.AsBoolean() };
        if (o.Get("showProxy") is JsBoolean showProxy) options = options with { ShowProxy = showProxy.AsBoolean() };
        var compact = o.Get("compact");
        if (compact is JsBoolean always) options = options with { Compact = always.AsBoolean() ? InspectOptions.CompactAlways : 0 };
        else if (compact is JsNumber levels) options = options with { Compact = Count(levels) };
        var maxArrayLength = o.Get("maxArrayLength");
        if (maxArrayLength.IsNull()) options = options with { MaxArrayLength = int.MaxValue };
        else if (maxArrayLength is JsNumber arrays) options = options with { MaxArrayLength = Count(arrays) };
        var maxStringLength = o.Get("maxStringLength");
        if (maxStringLength.IsNull()) options = options with { MaxStringLength = int.MaxValue };
        else if (maxStringLength is JsNumber strings) options = options with { MaxStringLength = Count(strings) };
        return options;
    }

    // Infinity (and anything past int range) means "no limit".
    private static int Count(JsNumber number)
    {
        var value = number.AsNumber();
        if (double.IsNaN(value)) return 0;
        return value >= int.MaxValue ? int.MaxValue : value <= int.MinValue ? int.MinValue : (int)value;
    }

    /// <summary>The options as the object a <c>[util.inspect.custom]</c> method receives.</summary>
    public static JsObject ToJsObject(Engine engine, InspectOptions options)
    {
        var o = new JsObject(engine);
        o.CreateDataProperty("showHidden", options.ShowHidden);
        o.CreateDataProperty("depth", options.Depth != int.MaxValue ? options.Depth : options.DepthIsNull ? JsValue.Null : double.PositiveInfinity);
        o.CreateDataProperty("colors", options.Colors);
        o.CreateDataProperty("customInspect", options.CustomInspect);
        o.CreateDataProperty("showProxy", options.ShowProxy);
        o.CreateDataProperty("maxArrayLength", Limit(options.MaxArrayLength));
        o.CreateDataProperty("maxStringLength", Limit(options.MaxStringLength));
        o.CreateDataProperty("breakLength", Limit(options.BreakLength));
        o.CreateDataProperty("compact", options.Compact == InspectOptions.CompactAlways ? JsBoolean.True : options.Compact == 0 ? JsBoolean.False : options.Compact);
        o.CreateDataProperty("sorted", options.SortComparer ?? options.Sorted);
        o.CreateDataProperty("getters", options.Getters switch
        {
            InspectGetters.All => JsBoolean.True,
            InspectGetters.Get => new JsString("get"),
            InspectGetters.Set => new JsString("set"),
            _ => JsBoolean.False,
        });
        o.CreateDataProperty("numericSeparator", options.NumericSeparator);
        var context = new InspectContext(options);
        new FunctionBuilder(engine, "util").Define(o, "stylize", 0, (_, args) =>
            context.Stylize(args.Length > 0 ? Jint.Runtime.TypeConverter.ToString(args[0]) : "undefined", args.Length > 1 ? Jint.Runtime.TypeConverter.ToString(args[1]) : ""));
        return o;
    }

    private static JsValue Limit(int value) => value == int.MaxValue ? double.PositiveInfinity : value;
}
