using Hatchery.Interop;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
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

    /// <summary>Builds the shared prototype (one per runtime) with <c>ref</c>, <c>unref</c>, <c>hasRef</c>, <c>refresh</c>, <c>close</c>.</summary>
    public static ObjectInstance CreatePrototype(Engine engine, EventLoop loop)
    {
        var prototype = new Jint.Native.JsObject(engine);
        var functions = new FunctionBuilder(engine, "timers");
        void Add(string name, Func<TimerObject, JsValue> body) =>
            functions.Define(prototype, name, 0, (thisObject, _) =>
                thisObject is TimerObject timer ? body(timer) : JsValue.Undefined);
        Add("ref", t =>
        {
            loop.SetReferenced(t.Timer, true);
            return t;
        });
        Add("unref", t =>
        {
            loop.SetReferenced(t.Timer, false);
            return t;
        });
        Add("hasRef", t => t.Timer.IsReferenced);
        Add("refresh", t =>
        {
            loop.Refresh(t.Timer);
            return t;
        });
        Add("close", t =>
        {
            loop.Cancel(t.Timer);
            return t;
        });
        prototype.DefineOwnProperty(GlobalSymbolRegistry.ToPrimitive, new Jint.Runtime.Descriptors.PropertyDescriptor(
            functions.Create("[Symbol.toPrimitive]", 0, (thisObject, _) =>
            {
                if (thisObject is not TimerObject timer) return JsValue.Undefined;
                loop.ExposeId(timer.Timer);
                return timer.Timer.Id;
            }), true, false, true));
        return prototype;
    }
}
