using Hatchery.Interop;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Timer = Hatchery.Scheduling.Timer;

namespace Hatchery.Builtins.Timers;

/// <summary>The <c>Timeout</c> and <c>Immediate</c> objects returned by <c>setTimeout</c> and friends.</summary>
internal sealed class TimerObject : ObjectInstance
{
    public TimerObject(Engine engine, Timer timer, ObjectInstance prototype) : base(engine)
    {
        Timer = timer;
        Prototype = prototype;
    }

    public Timer Timer { get; }

    /// <summary>
    /// Builds the prototype shared by one kind of timer object (one per runtime and kind), as Node's: a <c>Timeout</c>
    /// has <c>refresh</c>, <c>unref</c>, <c>ref</c>, <c>hasRef</c>, <c>close</c> and <c>[Symbol.toPrimitive]</c>, an
    /// <c>Immediate</c> only <c>ref</c>, <c>unref</c> and <c>hasRef</c>. Its <c>constructor</c> names the kind, which is
    /// what <c>util.inspect</c> and <c>t.constructor.name</c> show; scripts cannot construct one.
    /// </summary>
    public static ObjectInstance CreatePrototype(Engine engine, EventLoop loop, TimerKind kind)
    {
        var prototype = new Jint.Native.JsObject(engine);
        var functions = new FunctionBuilder(engine, "timers");
        var name = kind == TimerKind.Timeout ? "Timeout" : "Immediate";
        var constructor = functions.Create(name, kind == TimerKind.Timeout ? 5 : 2, (_, _) =>
            throw new JavaScriptException(engine.Intrinsics.TypeError, "Illegal constructor"));
        constructor.DefineOwnProperty("prototype", new PropertyDescriptor(prototype, false, false, false));
        prototype.DefineOwnProperty("constructor", new PropertyDescriptor(constructor, true, false, true));
        // Only close is enumerable in Node, which assigns it to the prototype rather than declaring it in the class.
        void Add(string method, Func<TimerObject, JsValue> body) =>
            prototype.DefineOwnProperty(method, new PropertyDescriptor(functions.Create(method, 0, (thisObject, _) =>
                thisObject is TimerObject timer ? body(timer) : JsValue.Undefined), true, method == "close", true));
        if (kind == TimerKind.Timeout)
        {
            Add("refresh", t =>
            {
                loop.Refresh(t.Timer);
                return t;
            });
        }
        // Node's own order of the methods on each prototype.
        foreach (var method in kind == TimerKind.Timeout ? (string[])["unref", "ref"] : ["ref", "unref"])
        {
            var referenced = method == "ref";
            Add(method, t =>
            {
                loop.SetReferenced(t.Timer, referenced);
                return t;
            });
        }
        Add("hasRef", t => t.Timer.IsReferenced);
        if (kind == TimerKind.Immediate) return prototype;
        Add("close", t =>
        {
            loop.Cancel(t.Timer);
            return t;
        });
        prototype.DefineOwnProperty(GlobalSymbolRegistry.ToPrimitive, new PropertyDescriptor(
            functions.Create("[Symbol.toPrimitive]", 0, (thisObject, _) =>
            {
                if (thisObject is not TimerObject timer) return JsValue.Undefined;
                loop.ExposeId(timer.Timer);
                return timer.Timer.Id;
            }), true, false, true));
        return prototype;
    }
}
