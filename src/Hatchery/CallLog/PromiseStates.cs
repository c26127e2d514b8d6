using System.Reflection;
using Jint.Native;

namespace Hatchery.CallLog;

/// <summary>
/// Reads a promise's state without attaching a reaction: a reaction would mark a rejection handled and so change
/// what the script sees (its <c>unhandledRejection</c>). Jint keeps the state internal, so it is read by reflection,
/// which only a runtime that logs calls, and only for calls that returned a pending promise, ever does.
/// </summary>
internal static class PromiseStates
{
    private static readonly Type? PromiseType = typeof(Engine).Assembly.GetType("Jint.Native.JsPromise");
    private static readonly PropertyInfo? State = PromiseType?.GetProperty("State", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);
    private static readonly PropertyInfo? Value = PromiseType?.GetProperty("Value", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

    /// <summary>Whether <paramref name="promise"/> has settled; if so, how, and with what.</summary>
    public static bool TryGetSettled(JsValue promise, out bool rejected, out JsValue value)
    {
        rejected = false;
        value = JsValue.Undefined;
        if (State is null || Value is null || !PromiseType!.IsInstanceOfType(promise)) return false;
        var state = Convert.ToInt32(State.GetValue(promise), System.Globalization.CultureInfo.InvariantCulture);
        if (state == 0) return false;
        rejected = state == 2;
        value = (JsValue?)Value.GetValue(promise) ?? JsValue.Undefined;
        return true;
    }
}
