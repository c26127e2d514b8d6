using System.Reflection;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>
/// A Proxy's target and handler, read without running any trap, as Node's <c>getProxyDetails</c> reads them: inspect
/// prints what a Proxy stands for, and a revoked Proxy or a throwing trap cannot make printing fail.
/// </summary>
internal static class ProxyDetails
{
    // Jint keeps its Proxy class and these fields internal; they are stable for the pinned Jint version.
    private static readonly Type? ProxyType = typeof(Engine).Assembly.GetType("Jint.Native.JsProxy");
    private static readonly FieldInfo? TargetField = ProxyType?.GetField("_target", BindingFlags.Instance | BindingFlags.NonPublic);
    private static readonly FieldInfo? HandlerField = ProxyType?.GetField("_handler", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Whether <paramref name="value"/> is a Proxy; its target and handler are null once it is revoked.</summary>
    public static bool TryGet(JsValue value, out ObjectInstance? target, out ObjectInstance? handler)
    {
        target = null;
        handler = null;
        if (ProxyType is null || value.GetType() != ProxyType) return false;
        target = TargetField?.GetValue(value) as ObjectInstance;
        handler = HandlerField?.GetValue(value) as ObjectInstance;
        return true;
    }
}
