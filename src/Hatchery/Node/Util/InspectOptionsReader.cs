using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Node.Util;

/// <summary>Reads a JavaScript options object (<c>{ depth, showHidden, breakLength, colors }</c>) into <see cref="InspectOptions"/>.</summary>
internal static class InspectOptionsReader
{
    public static InspectOptions Read(JsValue value)
    {
        if (value is not ObjectInstance o) return InspectOptions.Default;
        var options = InspectOptions.Default;
        var depth = o.Get("depth");
        if (depth.IsNull()) options = options with { Depth = int.MaxValue };
        else if (depth is JsNumber d) options = options with { Depth = double.IsPositiveInfinity(d.AsNumber()) ? int.MaxValue : (int)d.AsNumber() };
        if (o.Get("showHidden") is JsBoolean hidden) options = options with { ShowHidden = hidden.AsBoolean() };
        if (o.Get("breakLength") is JsNumber breakLength) options = options with { BreakLength = double.IsPositiveInfinity(breakLength.AsNumber()) ? int.MaxValue : (int)breakLength.AsNumber() };
        if (o.Get("colors") is JsBoolean colors) options = options with { Colors = colors.AsBoolean() };
        return options;
    }
}
