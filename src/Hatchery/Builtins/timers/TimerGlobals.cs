using Hatchery.Interop;
using Hatchery.NativeModules;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Timer = Hatchery.Scheduling.Timer;

namespace Hatchery.Builtins.Timers;

/// <summary>The global timer functions: <c>setTimeout</c>, <c>setInterval</c>, <c>setImmediate</c> and their <c>clear*</c>.</summary>
internal sealed class TimerGlobals
{
    private readonly Engine _engine;
    private readonly EventLoop _loop;
    private ObjectInstance? _timeoutPrototype;
    private ObjectInstance? _immediatePrototype;

    public TimerGlobals(JsRuntime runtime)
    {
        _engine = runtime.Engine;
        _loop = runtime.Loop;
        var functions = new FunctionBuilder(_engine, "timers");
        SetTimeout = functions.Create("setTimeout", 1, (_, args) => Schedule(args, repeat: false));
        SetInterval = functions.Create("setInterval", 1, (_, args) => Schedule(args, repeat: true));
        SetImmediate = functions.Create("setImmediate", 1, (_, args) =>
        {
            var callback = NativeArguments.Function(_engine, args, 0, "callback");
            return Wrap(_loop.AddImmediate(callback, args.Length > 1 ? args[1..] : []));
        });
        ClearTimeout = functions.Create("clearTimeout", 1, Clear);
        ClearInterval = functions.Create("clearInterval", 1, Clear);
        ClearImmediate = functions.Create("clearImmediate", 1, Clear);
        QueueMicrotask = functions.Create("queueMicrotask", 1, (_, args) =>
        {
            var callback = NativeArguments.Function(_engine, args, 0, "callback");
            // Routed through a resolved promise so it interleaves with promise jobs exactly as V8 microtasks do.
            var promiseConstructor = _engine.Global.Get("Promise");
            var resolved = _engine.Call(promiseConstructor.Get("resolve"), promiseConstructor, []);
            // Wrapped: a throw from the callback is an uncaught exception in Node, not the job's rejection.
            var job = new ClrFunction(_engine, "", (_, _) =>
            {
                _loop.Errors.RunMicrotask(() => _engine.Call(callback, JsValue.Undefined, []));
                return JsValue.Undefined;
            });
            _engine.Call(resolved.Get("then"), resolved, [job]);
            return JsValue.Undefined;
        });
    }

    public ClrFunction SetTimeout { get; }
    public ClrFunction SetInterval { get; }
    public ClrFunction SetImmediate { get; }
    public ClrFunction ClearTimeout { get; }
    public ClrFunction ClearInterval { get; }
    public ClrFunction ClearImmediate { get; }
    public ClrFunction QueueMicrotask { get; }

    private JsValue Schedule(JsValue[] args, bool repeat)
    {
        var callback = NativeArguments.Function(_engine, args, 0, "callback");
        var delay = args.Length > 1 ? TypeConverter.ToNumber(args[1]) : 0;
        return Wrap(_loop.AddTimer(callback, args.Length > 2 ? args[2..] : [], delay, repeat));
    }

    private TimerObject Wrap(Timer timer)
    {
        var prototype = timer.Kind == TimerKind.Timeout
            ? _timeoutPrototype ??= TimerObject.CreatePrototype(_engine, _loop, TimerKind.Timeout)
            : _immediatePrototype ??= TimerObject.CreatePrototype(_engine, _loop, TimerKind.Immediate);
        var jsObject = new TimerObject(_engine, timer, prototype);
        timer.JsObject = jsObject;
        return jsObject;
    }

    private JsValue Clear(JsValue thisObject, JsValue[] args)
    {
        var handle = args.Length > 0 ? args[0] : JsValue.Undefined;
        Timer? timer = handle switch
        {
            TimerObject t => t.Timer,
            JsNumber or JsString => _loop.FindById((int)TypeConverter.ToNumber(handle)),
            _ => null,
        };
        if (timer is not null) _loop.Cancel(timer);
        return JsValue.Undefined;
    }
}
