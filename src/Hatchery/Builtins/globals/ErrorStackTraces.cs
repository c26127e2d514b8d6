using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// V8's stack API on <c>Error</c>, which Node code leans on and Jint lacks: <c>Error.captureStackTrace(target[,
/// constructorOpt])</c>, <c>Error.stackTraceLimit</c> and <c>Error.prepareStackTrace(error, callSites)</c> for the
/// stacks captureStackTrace records. The frames are Jint's rendering of its call stack, the one its errors carry.
/// </summary>
internal sealed class ErrorStackTraces
{
    private const PropertyFlag Hidden = PropertyFlag.Configurable | PropertyFlag.Writable;

    private readonly Engine _engine;
    private readonly ObjectInstance _error;
    private ObjectInstance? _callSitePrototype;

    private ErrorStackTraces(Engine engine, ObjectInstance error)
    {
        _engine = engine;
        _error = error;
    }

    /// <summary>
    /// Adds the API to <paramref name="engine"/>'s <c>Error</c>, lazily: the global <c>Error</c> gets its new members
    /// when a script first reads it, and <c>captureStackTrace</c> is built when first read. Done on the runtime's first
    /// run, as <see cref="JsonParseAnyDepth.Install"/> is, so a spawn pays nothing.
    /// </summary>
    public static void Install(Engine engine)
    {
        // The intrinsic is taken in the factory, so nothing of Error is read or built now.
        engine.Global.FastSetProperty("Error", PropertyDescriptor.CreateLazy(engine, static e => Extend(e, e.Intrinsics.Error), Hidden));
        WritableStack(engine);
    }

    // Jint's `stack` is an accessor of Error.prototype whose setter refuses anything but a string and makes the
    // property enumerable; in V8 it is each error's own writable, non-enumerable data property. Assigning one now
    // makes that property (any value, kept non-enumerable on an error); an object that only inherits from
    // Error.prototype gets an ordinary property, as in V8, where Error.prototype has no `stack`.
    private static void WritableStack(Engine engine)
    {
        if (engine.Intrinsics.Error.Get("prototype") is not ObjectInstance prototype) return;
        var original = prototype.GetOwnProperty("stack");
        if (original.Get is not { } getter || !original.Configurable) return;
        var setter = new FunctionBuilder(engine, "Error.prototype").Create("set stack", 1, (thisObject, arguments) =>
        {
            if (thisObject is not ObjectInstance target || ReferenceEquals(target, prototype)) return JsValue.Undefined;
            var value = arguments.At(0);
            if (target is JsError) target.DefineOwnProperty("stack", new PropertyDescriptor(value, Hidden));
            else target.CreateDataProperty("stack", value);
            return JsValue.Undefined;
        });
        prototype.DefineOwnProperty("stack", new GetSetPropertyDescriptor(getter, setter, enumerable: false, configurable: true));
    }

    private static ObjectInstance Extend(Engine engine, ObjectInstance error)
    {
        var traces = new ErrorStackTraces(engine, error);
        // Read first: it initializes the constructor's own properties, which would otherwise replace those set here.
        if (error.GetOwnProperty("stackTraceLimit") == PropertyDescriptor.Undefined)
        {
            error.FastSetProperty("stackTraceLimit", new PropertyDescriptor(10, PropertyFlag.ConfigurableEnumerableWritable));
        }
        error.FastSetProperty("captureStackTrace", PropertyDescriptor.CreateLazy(traces,
            static t => new FunctionBuilder(t._engine, "Error").Create("captureStackTrace", 2, t.Capture), Hidden));
        return error;
    }

    // V8's order: the target is checked, the frames are taken now (from the caller, after those of constructorOpt), and
    // the text is made on the first read of `stack`, so a name or message set after the capture is in its first line.
    private JsValue Capture(JsValue thisObject, JsValue[] arguments)
    {
        if (arguments.At(0) is not ObjectInstance target) throw JsErrors.Throw(_engine, "TypeError", "invalid_argument");
        var limit = _error.Get("stackTraceLimit");
        var descriptor = limit.IsNumber()
            ? PropertyDescriptor.CreateLazy((Traces: this, Target: target, Frames: Frames(arguments.At(1), limit.AsNumber())),
                static s => s.Traces.Format(s.Target, s.Frames), Hidden)
            : new PropertyDescriptor(JsValue.Undefined, Hidden);
        Define(target, descriptor);
        return JsValue.Undefined;
    }

    // A plain object or an error, the usual targets, is given the lazy property as it is, since [[DefineOwnProperty]]
    // would read its value now; any other object (a proxy, a function, a host object) goes through [[DefineOwnProperty]].
    private void Define(ObjectInstance target, PropertyDescriptor descriptor)
    {
        var existing = target.GetOwnProperty("stack");
        var absent = existing == PropertyDescriptor.Undefined;
        if (target is JsObject or JsError && (absent ? target.Extensible : existing.Configurable))
        {
            target.FastSetProperty("stack", descriptor);
        }
        // V8 leaves a stack it cannot redefine as it is, but refuses to add one to an object that is not extensible.
        else if (!target.DefineOwnProperty("stack", descriptor) && absent)
        {
            throw JsErrors.Throw(_engine, "TypeError", "Cannot define property stack, object is not extensible");
        }
    }

    private List<string> Frames(JsValue constructorOpt, double limit)
    {
        var frames = CapturedFrame.Lines(_engine.Advanced.StackTrace);
        // The top frame is this function's own, placed where the caller's call of it is.
        if (frames.Count > 0 && CapturedFrame.IsOf(frames[0], "captureStackTrace")) frames.RemoveAt(0);
        if (constructorOpt is ObjectInstance function && function.IsCallable())
        {
            // Jint's frames name their function by its name property, so that is how the frame of constructorOpt is
            // found; none found leaves no frames, as in V8 when constructorOpt is not on the stack.
            var name = TypeConverter.ToString(function.Get("name"));
            var index = name.Length == 0 ? -1 : frames.FindIndex(f => CapturedFrame.IsOf(f, name));
            frames.RemoveRange(0, index == -1 ? frames.Count : index + 1);
        }
        var count = double.IsNaN(limit) || limit <= 0 ? 0 : limit >= frames.Count ? frames.Count : (int)limit;
        if (count < frames.Count) frames.RemoveRange(count, frames.Count - count);
        return frames;
    }

    private JsValue Format(ObjectInstance target, List<string> frames)
    {
        if (_error.Get("prepareStackTrace") is ObjectInstance prepare && prepare.IsCallable())
        {
            _callSitePrototype ??= CallSiteObject.CreatePrototype(_engine);
            return _engine.Call(prepare, _error, [target, CallSiteObject.ArrayOf(_engine, _callSitePrototype, frames)]);
        }
        var header = Header(target);
        return frames.Count == 0 ? header : header + "\n" + string.Join('\n', frames);
    }

    // Error.prototype.toString's text, whatever the target's own toString: what V8 puts first.
    private static string Header(ObjectInstance target)
    {
        var name = target.Get("name");
        var message = target.Get("message");
        var nameText = name.IsUndefined() ? "Error" : TypeConverter.ToString(name);
        var messageText = message.IsUndefined() ? "" : TypeConverter.ToString(message);
        if (nameText.Length == 0) return messageText;
        return messageText.Length == 0 ? nameText : nameText + ": " + messageText;
    }
}
