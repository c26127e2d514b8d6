using System.Runtime.CompilerServices;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Events;

/// <summary>
/// Node's <c>EventEmitter</c>, built in C# on the first <c>require('events')</c> so that a runtime's first emitter
/// evaluates no script (issue 13). An ordinary function, as Node's is: callable without <c>new</c> for
/// <c>EventEmitter.call(this)</c> subclasses, and constructible with <c>new.target</c> for <c>class extends</c>.
/// The constructor, <c>init</c>, <c>emit</c>, <c>addListener</c>/<c>on</c>/<c>prependListener</c> and the max-listener
/// members run here; the rest (<c>once</c>, <c>removeListener</c>, the statics…) are <c>internal/events_members</c>, made
/// on their first read. All of them work over the same <c>_events</c>/<c>_eventsCount</c>/<c>_maxListeners</c> fields, and
/// the constructor, prototype and statics have Node 20's keys, order and descriptors.
/// </summary>
internal sealed class EventEmitterFunction : Constructor
{
    // Node's module-private symbols. A symbol holds no engine state, so one serves every engine.
    private static readonly JsValue[] Symbols = ((JsArray)new Engine().Evaluate(
        "[Symbol('kCapture'), Symbol('shapeMode'), Symbol('events.errorMonitor'), Symbol('events.maxEventTargetListeners'), " +
        "Symbol('events.maxEventTargetListenersWarned')]")).ToArray();

    private static JsValue Capture => Symbols[0];
    private static JsValue ShapeMode => Symbols[1];
    private static JsValue ErrorMonitor => Symbols[2];

    private static readonly JsNumber Zero = JsNumber.Create(0);
    private static readonly JsString EventsKey = new("_events");
    private static readonly JsString EventsCountKey = new("_eventsCount");
    private static readonly JsString MaxListenersKey = new("_maxListeners");

    private readonly FunctionBuilder _functions;
    private JsValue _defaultMaxListeners = JsNumber.Create(10);
    private JsValue? _addListener;
    private JsValue? _init;
    private ObjectInstance? _members;

    public EventEmitterFunction(Engine engine) : base(engine, "EventEmitter")
    {
        _functions = new FunctionBuilder(engine, "events");
        Prototype = engine.Intrinsics.Function.Prototype;
        _length = new PropertyDescriptor(1, PropertyFlag.Configurable);
        _prototypeDescriptor = new PropertyDescriptor(CreatePrototype(engine), PropertyFlag.OnlyWritable);

        foreach (var name in (ReadOnlySpan<string>)["addAbortListener", "once", "on", "getEventListeners", "getMaxListeners"]) AddMember(this, "statics", name);
        FastSetProperty("EventEmitter", new PropertyDescriptor(this, PropertyFlag.ConfigurableEnumerableWritable));
        FastSetProperty("usingDomains", new PropertyDescriptor(JsBoolean.False, PropertyFlag.ConfigurableEnumerableWritable));
        FastSetProperty("captureRejectionSymbol", PropertyDescriptor.CreateLazy(engine,
            static e => e.Global.Get("Symbol").Get("for").Call(JsValue.Undefined, [new JsString("nodejs.rejection")])));
        FastSetProperty("captureRejections", new GetSetPropertyDescriptor(
            _functions.CreateInternal("get", 0, (_, _) => PrototypeOfEmitters.Get(Capture)),
            _functions.CreateInternal("set", 1, (_, a) =>
            {
                var value = Argument(a, 0);
                if (value is not JsBoolean) Validate("validateBoolean", value, "EventEmitter.captureRejections");
                PrototypeOfEmitters.Set(Capture, value);
                return JsValue.Undefined;
            }), enumerable: true, configurable: false));
        FastSetProperty("errorMonitor", new PropertyDescriptor(ErrorMonitor, PropertyFlag.ConfigurableEnumerableWritable));
        FastSetProperty("defaultMaxListeners", new GetSetPropertyDescriptor(
            _functions.CreateInternal("get", 0, (_, _) => _defaultMaxListeners),
            _functions.CreateInternal("set", 1, (_, a) =>
            {
                var value = Argument(a, 0);
                if (value is not JsNumber number || !(number.AsNumber() >= 0)) Validate("validateNumber", value, "defaultMaxListeners", Zero);
                _defaultMaxListeners = value;
                return JsValue.Undefined;
            }), enumerable: true, configurable: false));
        FastSetProperty("kMaxEventTargetListeners", new PropertyDescriptor(Symbols[3], PropertyFlag.AllForbidden));
        FastSetProperty("kMaxEventTargetListenersWarned", new PropertyDescriptor(Symbols[4], PropertyFlag.AllForbidden));
        AddMember(this, "statics", "setMaxListeners");
        FastSetProperty("init", PropertyDescriptor.CreateLazy(this, static self => self._init ??= self._functions.CreateInternal("", 1, self.Init)));
        AddMember(this, "statics", "listenerCount");
    }

    // EventEmitter.prototype as scripts see it now (it is writable, as a function's is).
    private ObjectInstance PrototypeOfEmitters => Get("prototype") as ObjectInstance ?? throw JsErrors.Throw(Engine, "TypeError", "EventEmitter.prototype is not an object");

    private ObjectInstance CreatePrototype(Engine engine)
    {
        var prototype = new JsObject(engine);
        prototype.FastSetProperty("constructor", new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
        prototype.FastSetProperty(EventsKey, new PropertyDescriptor(JsValue.Undefined, PropertyFlag.ConfigurableEnumerableWritable));
        prototype.FastSetProperty(EventsCountKey, new PropertyDescriptor(Zero, PropertyFlag.ConfigurableEnumerableWritable));
        prototype.FastSetProperty(MaxListenersKey, new PropertyDescriptor(JsValue.Undefined, PropertyFlag.ConfigurableEnumerableWritable));
        AddMethod(prototype, "setMaxListeners", static self => self._functions.CreateInternal("setMaxListeners", 1, self.SetMaxListeners));
        AddMethod(prototype, "getMaxListeners", static self => self._functions.CreateInternal("getMaxListeners", 0, (thisObject, _) => self.MaxListenersOf(thisObject)));
        AddMethod(prototype, "emit", static self => self._functions.CreateInternal("emit", 1, self.Emit));
        AddMethod(prototype, "addListener", static self => self.AddListenerFunction);
        AddMethod(prototype, "on", static self => self.AddListenerFunction);
        AddMethod(prototype, "prependListener", static self => self._functions.CreateInternal("prependListener", 2,
            (thisObject, a) => self.AddListener(thisObject, Argument(a, 0), Argument(a, 1), prepend: true)));
        foreach (var name in (ReadOnlySpan<string>)["once", "prependOnceListener", "removeListener"]) AddMember(prototype, "prototype", name);
        prototype.FastSetProperty("off", PropertyDescriptor.CreateLazy(this, static self => self.Member("prototype", "removeListener")));
        foreach (var name in (ReadOnlySpan<string>)["removeAllListeners", "listeners", "rawListeners", "listenerCount", "eventNames"]) AddMember(prototype, "prototype", name);
        prototype.FastSetProperty(Capture, new PropertyDescriptor(JsBoolean.False, PropertyFlag.OnlyWritable));
        return prototype;
    }

    private JsValue AddListenerFunction => _addListener ??= _functions.CreateInternal("addListener", 2,
        (thisObject, a) => AddListener(thisObject, Argument(a, 0), Argument(a, 1), prepend: false));

    private void AddMethod(ObjectInstance target, string name, Func<EventEmitterFunction, JsValue> create) =>
        target.FastSetProperty(name, PropertyDescriptor.CreateLazy((Self: this, Create: create), static s => s.Create(s.Self)));

    private void AddMember(ObjectInstance target, string table, string name) =>
        target.FastSetProperty(name, PropertyDescriptor.CreateLazy((Self: this, Table: table, Name: name), static s => s.Self.Member(s.Table, s.Name)));

    // A member of internal/events_members: the script runs on the first read of any of them.
    private JsValue Member(string table, string name) => Members().Get(table).Get(name);

    private ObjectInstance Members() =>
        _members ??= (ObjectInstance)JsRuntime.Of(Engine).BuiltinModules.Require("internal/events_members");

    /// <inheritdoc />
    protected override JsValue Call(JsValue thisObject, JsValue[] arguments)
    {
        RunInit(thisObject, arguments);
        return JsValue.Undefined;
    }

    /// <inheritdoc />
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget)
    {
        var emitter = new JsObject(Engine);
        var prototype = ReferenceEquals(newTarget, this) ? PrototypeOfEmitters : newTarget.Get("prototype") as ObjectInstance;
        if (prototype is not null) emitter.Prototype = prototype;
        RunInit(emitter, arguments);
        return emitter;
    }

    // Node's constructor calls EventEmitter.init as it is then, which scripts may replace.
    private void RunInit(JsValue thisObject, JsValue[] arguments)
    {
        var init = Get("init");
        if (ReferenceEquals(init, _init)) Init(thisObject, arguments);
        else CallFunction(init, thisObject, [Argument(arguments, 0)]);
    }

    private JsValue Init(JsValue thisObject, JsValue[] arguments)
    {
        var self = thisObject;
        var events = Read(self, EventsKey);
        if (events.IsUndefined() || StrictlyEqual(events, (ToObject(this, self).Prototype ?? throw NullPrototype()).Get(EventsKey)))
        {
            Write(self, EventsKey, NullPrototypeObject());
            Write(self, EventsCountKey, Zero);
            Write(self, ShapeMode, JsBoolean.False);
        }
        else
        {
            Write(self, ShapeMode, JsBoolean.True);
        }
        var max = Read(self, MaxListenersKey);
        Write(self, MaxListenersKey, TypeConverter.ToBoolean(max) ? max : JsValue.Undefined);
        var options = Argument(arguments, 0);
        JsValue capture;
        if (TypeConverter.ToBoolean(options) && Read(options, "captureRejections") is var requested && TypeConverter.ToBoolean(requested))
        {
            if (requested is not JsBoolean) Validate("validateBoolean", requested, "options.captureRejections");
            capture = requested;
        }
        else
        {
            // Instances follow the prototype's current default unless told otherwise.
            capture = PrototypeOfEmitters.Get(Capture);
        }
        Write(self, Capture, capture);
        return JsValue.Undefined;
    }

    // Object.create(null), as _events is. Jint 4.18 makes such an object public only through Object.create, whose first
    // call would build the Object constructor's property table: its own helper is reached instead, as NestedEvaluation's are.
    private JsObject NullPrototypeObject() => OrdinaryObjectCreate(null, Engine, null);

    [UnsafeAccessor(UnsafeAccessorKind.StaticMethod, Name = "OrdinaryObjectCreate")]
    private static extern JsObject OrdinaryObjectCreate(ObjectInstance? owner, Engine engine, ObjectInstance? prototype);

    private JavaScriptException NullPrototype() => JsErrors.Throw(Engine, "TypeError", "Cannot read properties of null (reading '_events')");

    private JsValue SetMaxListeners(JsValue thisObject, JsValue[] arguments)
    {
        var n = Argument(arguments, 0);
        if (n is not JsNumber number || !(number.AsNumber() >= 0)) Validate("validateNumber", n, "setMaxListeners", Zero);
        Write(thisObject, MaxListenersKey, n);
        return thisObject;
    }

    private JsValue MaxListenersOf(JsValue target)
    {
        var max = Read(target, MaxListenersKey);
        return max.IsUndefined() ? _defaultMaxListeners : max;
    }

    private JsValue Emit(JsValue thisObject, JsValue[] arguments)
    {
        var self = thisObject;
        var type = Argument(arguments, 0);
        var args = arguments.Length > 1 ? arguments[1..] : [];
        var doError = type is JsString s && s.ToString() == "error";
        var events = Read(self, EventsKey);
        if (!events.IsUndefined())
        {
            if (doError && !Read(events, ErrorMonitor).IsUndefined()) CallFunction(Read(self, "emit"), self, [ErrorMonitor, .. args]);
            doError = doError && Read(events, "error").IsUndefined();
        }
        else if (!doError)
        {
            return JsBoolean.False;
        }

        if (doError)
        {
            var er = args.Length > 0 ? args[0] : JsValue.Undefined;
            if (JsErrors.IsError(er)) throw new JavaScriptException(er);
            throw new JavaScriptException(CallFunction(Members().Get("unhandledError"), JsValue.Undefined, [er]));
        }

        var handler = Read(events, TypeConverter.ToPropertyKey(type));
        if (handler.IsUndefined()) return JsBoolean.False;
        if (handler.IsCallable())
        {
            var result = CallFunction(handler, self, args);
            if (TypeConverter.ToBoolean(Read(self, Capture))) CaptureRejection(self, result, type, args);
        }
        else
        {
            // A copy, so listeners added or removed during the emit do not change this round.
            var length = TypeConverter.ToNumber(Read(handler, "length"));
            var listeners = new JsValue[length > 0 ? (int)Math.Min(length, int.MaxValue) : 0];
            for (var i = 0; i < listeners.Length; i++) listeners[i] = Read(handler, i);
            foreach (var listener in listeners)
            {
                var result = CallFunction(listener, self, args);
                if (TypeConverter.ToBoolean(Read(self, Capture))) CaptureRejection(self, result, type, args);
            }
        }
        return JsBoolean.True;
    }

    private void CaptureRejection(JsValue emitter, JsValue result, JsValue type, JsValue[] args)
    {
        if (result is not ObjectInstance) return;
        CallFunction(Members().Get("captureRejection"), JsValue.Undefined, [emitter, result, type, new JsArray(Engine, args), Capture]);
    }

    private JsValue AddListener(JsValue thisObject, JsValue type, JsValue listener, bool prepend)
    {
        if (!listener.IsCallable()) Validate("validateFunction", listener, "listener");
        var target = thisObject;
        var events = Read(target, EventsKey);
        if (events.IsUndefined())
        {
            events = NullPrototypeObject();
            Write(target, EventsKey, events);
            Write(target, EventsCountKey, Zero);
        }
        else if (!Read(events, "newListener").IsUndefined())
        {
            var inner = listener.Get("listener");
            CallFunction(Read(target, "emit"), target, [new JsString("newListener"), type, TypeConverter.ToBoolean(inner) ? inner : listener]);
            // The newListener handler may have replaced _events.
            events = Read(target, EventsKey);
        }
        var key = TypeConverter.ToPropertyKey(type);
        var existing = Read(events, key);
        if (existing.IsUndefined())
        {
            Write(events, key, listener);
            Write(target, EventsCountKey, TypeConverter.ToNumber(Read(target, EventsCountKey)) + 1);
            return target;
        }
        if (existing.IsCallable())
        {
            existing = new JsArray(Engine, prepend ? [listener, existing] : [existing, listener]);
            Write(events, key, existing);
        }
        else
        {
            CallFunction(Read(existing, prepend ? "unshift" : "push"), existing, [listener]);
        }
        var max = MaxListenersOf(target);
        var maxNumber = TypeConverter.ToNumber(max);
        if (maxNumber > 0 && TypeConverter.ToNumber(Read(existing, "length")) > maxNumber && !TypeConverter.ToBoolean(Read(existing, "warned")))
        {
            CallFunction(Members().Get("warnMaxListeners"), JsValue.Undefined, [target, type, existing, max]);
        }
        return target;
    }

    // `target[key] = value` in strict code: a refused assignment, or one to a primitive, throws V8's TypeError.
    private void Write(JsValue target, JsValue key, JsValue value)
    {
        if (target is ObjectInstance o)
        {
            if (!o.Set(key, value, o)) throw JsErrors.Throw(Engine, "TypeError", $"Cannot assign to read only property '{key}' of object");
            return;
        }
        throw JsErrors.Throw(Engine, "TypeError", target.IsNull() || target.IsUndefined()
            ? $"Cannot set properties of {target} (setting '{key}')"
            : $"Cannot create property '{key}' on {(target is JsString ? "string" : target is JsNumber ? "number" : target is JsBoolean ? "boolean" : "symbol")} '{target}'");
    }

    // The validators of internal/errors, called only once a quick check has failed, so that they throw Node's error.
    private void Validate(string validator, params JsValue[] arguments)
    {
        var errors = JsRuntime.Of(Engine).BuiltinModules.Require("internal/errors");
        CallFunction(errors.Get(validator), JsValue.Undefined, arguments);
    }

    // A call into script as script makes it: the engine's stack guard probes every entry into a script function, so a
    // listener that emits its own event still ends in a catchable RangeError.
    private JsValue CallFunction(JsValue function, JsValue thisObject, JsValue[] arguments)
    {
        if (!function.IsCallable())
        {
            var shown = function is ObjectInstance ? "object" : function is JsString ? $"\"{function}\"" : function.ToString();
            throw JsErrors.Throw(Engine, "TypeError", $"{shown} is not a function");
        }
        return Engine.Call(function, thisObject, arguments);
    }

    private static JsValue Argument(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    // `value[key]` as script reads it: a primitive through its wrapper's prototype, undefined or null a TypeError.
    private JsValue Read(JsValue value, JsValue key) =>
        value is ObjectInstance o ? o.Get(key) : ToObject(this, value, key).Get(key, value);

    private static ObjectInstance ToObject(EventEmitterFunction self, JsValue value, JsValue? key = null) => value as ObjectInstance
        ?? (value.IsNull() || value.IsUndefined()
            ? throw JsErrors.Throw(self.Engine, "TypeError", $"Cannot read properties of {value} (reading '{key ?? EventsKey}')")
            : self.Engine.Intrinsics.Object.Construct([value]));

    private static bool StrictlyEqual(JsValue a, JsValue b) =>
        ReferenceEquals(a, b) || (a is not ObjectInstance && b is not ObjectInstance && a.Type == b.Type && a.Equals(b) && !(a is JsNumber n && double.IsNaN(n.AsNumber())));
}
