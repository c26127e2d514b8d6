using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// <c>Function</c> (and <c>Function.prototype.constructor</c>) behind a Proxy that joins many separate parameter
/// arguments into one before Jint sees them. Jint 4.18 joins them itself by repeated string concatenation, quadratic
/// in their number and never checking a limit: <c>new Function(...100000 names, body)</c> took 20 s under a 1 s time
/// limit, while the same names joined take 0.25 s. The specification's parameter text is those arguments joined with
/// commas, so joining them first gives the same function. Few arguments pass through unchanged. Installed in runtimes with
/// a time limit or cancellation, whose limit it keeps honest; elsewhere such a call is only slow. One difference shows:
/// <c>String(Function)</c> is <c>function () { [native code] }</c>, a proxy's text, where Node prints the name.
/// </summary>
internal static class FunctionConstructorGuard
{
    // Up to this many parameter arguments Jint's own joining is cheap; past it the guard joins them.
    private const int JoinAbove = 16;

    /// <summary>Puts the guarded constructor in place of <c>Function</c> in <paramref name="engine"/>, built when first read.</summary>
    public static void Install(Engine engine)
    {
        var constructor = engine.Intrinsics.Function;
        // Jint's own Proxy, taken before any script can replace the global.
        var proxy = engine.Global.GetOwnProperty("Proxy");
        var guarded = new Lazy<JsValue>(() => Create(engine, constructor, proxy.Value), LazyThreadSafetyMode.None);
        engine.Global.FastSetProperty("Function", PropertyDescriptor.CreateLazy(guarded, static g => g.Value, PropertyFlag.Configurable | PropertyFlag.Writable));
        ((ObjectInstance)constructor.Get("prototype")).FastSetProperty("constructor", PropertyDescriptor.CreateLazy(guarded, static g => g.Value, PropertyFlag.Configurable | PropertyFlag.Writable));
    }

    private static JsValue Create(Engine engine, Jint.Native.Function.FunctionConstructor constructor, JsValue proxy)
    {
        var handler = new JsObject(engine);
        handler.FastSetDataProperty("apply", new ClrFunction(engine, "apply", (_, args) => constructor.Construct(Joined(engine, args.At(2)), constructor), 3));
        handler.FastSetDataProperty("construct", new ClrFunction(engine, "construct", (_, args) => constructor.Construct(Joined(engine, args.At(1)), args.At(2)), 3));
        return engine.Construct(proxy, constructor, handler);
    }

    // The argument list Jint gets, every argument converted here, in order (a symbol is then this realm's TypeError, not
    // a host failure): as given when few, or with the parameter arguments joined into one.
    private static JsValue[] Joined(Engine engine, JsValue list)
    {
        var array = (ObjectInstance)list;
        var length = (int)TypeConverter.ToLength(array.Get("length"));
        var texts = new string[length];
        for (var i = 0; i < length; i++)
        {
            var value = array.Get(i);
            if (value is JsSymbol) throw NativeModules.JsErrors.Throw(engine, "TypeError", "Cannot convert a Symbol value to a string");
            texts[i] = TypeConverter.ToString(value);
        }
        if (length - 1 <= JoinAbove) return Array.ConvertAll(texts, static t => (JsValue)t);
        return [string.Join(',', texts, 0, length - 1), texts[length - 1]];
    }
}
