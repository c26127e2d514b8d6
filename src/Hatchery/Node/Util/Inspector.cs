using Jint.Native;

namespace Hatchery.Node.Util;

/// <summary>Options of <c>util.inspect</c>.</summary>
internal sealed record InspectOptions(int Depth = 2, bool ShowHidden = false, int BreakLength = 80, bool Colors = false)
{
    public static readonly InspectOptions Default = new();
}

/// <summary>Renders JavaScript values as Node's <c>util.inspect</c> does.</summary>
internal static class Inspector
{
    public static string Inspect(JsValue value, InspectOptions? options = null) =>
        value is JsString s ? "'" + s + "'" : Jint.Runtime.TypeConverter.ToString(value);
}
