using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.CallLog;

/// <summary>
/// Property reads that run no script: data properties only (a getter is never called) and never through a Proxy
/// (whose traps are script). What the call log uses to name an error or a class without changing what a script sees.
/// </summary>
internal static class PassiveReads
{
    /// <summary>The value of the own data property <paramref name="name"/>, or null.</summary>
    public static JsValue? OwnData(ObjectInstance o, string name)
    {
        if (IsProxy(o)) return null;
        var descriptor = o.GetOwnProperty(name);
        return descriptor != PropertyDescriptor.Undefined && descriptor.IsDataDescriptor() ? descriptor.Value : null;
    }

    /// <summary>The value of data property <paramref name="name"/>, own or inherited, or null (a getter or Proxy on the way ends the search).</summary>
    public static JsValue? DataProperty(ObjectInstance o, string name)
    {
        var current = o;
        for (var i = 0; current is not null && i < 32; i++, current = current.Prototype)
        {
            if (IsProxy(current)) return null;
            var descriptor = current.GetOwnProperty(name);
            if (descriptor == PropertyDescriptor.Undefined) continue;
            return descriptor.IsDataDescriptor() ? descriptor.Value : null;
        }
        return null;
    }

    /// <summary>The <c>name</c> of the constructor of <paramref name="o"/>'s class (<c>Buffer</c>, <c>Float64Array</c>), or null.</summary>
    public static string? ClassName(ObjectInstance o) =>
        DataProperty(o, "constructor") is ObjectInstance constructor && OwnData(constructor, "name") is JsString name ? name.ToString() : null;

    /// <summary>The name and message an error value carries; for a thrown non-error, its type and text.</summary>
    public static (string Name, string Message) Error(JsValue error)
    {
        if (error is ObjectInstance o && !IsProxy(o))
        {
            var name = DataProperty(o, "name") is JsString n ? n.ToString() : ClassName(o) ?? "Error";
            var message = DataProperty(o, "message") is JsString m ? m.ToString() : "";
            return (name, message);
        }
        return error is ObjectInstance ? ("Proxy", "") : (error.Type.ToString().ToLowerInvariant(), error.IsSymbol() ? error.ToString() : Jint.Runtime.TypeConverter.ToString(error));
    }

    private static bool IsProxy(ObjectInstance o) => o.GetType().Name == "JsProxy";
}
