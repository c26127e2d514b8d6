using Jint;
using Jint.Native;
using Jint.Native.Error;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Process;

/// <summary>
/// A rejection reason as ERR_UNHANDLED_REJECTION's message names it: V8's side-effect-free string conversion, which
/// Node uses so that describing the reason runs none of the script's code. Objects are named by their constructor
/// (<c>#&lt;Object&gt;</c>) when their <c>toString</c> is Object.prototype's, by their class tag otherwise
/// (<c>[object Array]</c>); errors as <c>name: message</c>; functions by their source.
/// </summary>
internal static class ReasonString
{
    public static string Of(Engine engine, JsValue reason)
    {
        if (reason is JsSymbol symbol) return symbol.ToString();
        if (reason is not ObjectInstance o) return TypeConverter.ToString(reason);
        if (IsProxy(o)) return "#<Object>";
        if (o is Function) return Safe(() => TypeConverter.ToString(engine.Call(Prototype(engine.Intrinsics.Function).Get("toString"), o, [])), "[object Function]");
        var toStringMethod = DataProperty(o, "toString");
        if (o is ErrorInstance || ReferenceEquals(toStringMethod, Prototype(engine.Intrinsics.Error).Get("toString"))) return ErrorString(o);
        if (ReferenceEquals(toStringMethod, engine.Intrinsics.Object.PrototypeObject.Get("toString"))
            && DataProperty(o, "constructor") is Function constructor && DataProperty(constructor, "name") is JsString { Length: > 0 } name)
        {
            return $"#<{name}>";
        }
        // Object.prototype.toString gives the class tag; it reads Symbol.toStringTag, a getter only on exotic scripts.
        return Safe(() => TypeConverter.ToString(engine.Call(engine.Intrinsics.Object.PrototypeObject.Get("toString"), o, [])), "[object Object]");
    }

    // V8's error string without calling anything: name and message as data properties, each defaulted.
    private static string ErrorString(ObjectInstance error)
    {
        var name = DataProperty(error, "name") is JsString n ? n.ToString() : "Error";
        var message = DataProperty(error, "message") is JsString m ? m.ToString() : "";
        return name.Length == 0 ? message : message.Length == 0 ? name : $"{name}: {message}";
    }

    private static ObjectInstance Prototype(ObjectInstance constructor) => (ObjectInstance)constructor.Get("prototype");

    /// <summary>A data property found along the prototype chain, or undefined: never a getter's value, never a proxy's trap.</summary>
    internal static JsValue DataProperty(ObjectInstance o, JsValue key)
    {
        for (ObjectInstance? current = o; current is not null && !IsProxy(current); current = current.Prototype)
        {
            var descriptor = current.GetOwnProperty(key);
            if (descriptor == Jint.Runtime.Descriptors.PropertyDescriptor.Undefined) continue;
            return descriptor.IsDataDescriptor() ? descriptor.Value ?? JsValue.Undefined : JsValue.Undefined;
        }
        return JsValue.Undefined;
    }

    internal static bool IsProxy(ObjectInstance o) => o.GetType().Name == "JsProxy";

    private static string Safe(Func<string> read, string fallback)
    {
        try
        {
            return read();
        }
        catch (JavaScriptException)
        {
            return fallback;
        }
    }
}
