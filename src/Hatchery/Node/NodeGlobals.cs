using Hatchery.Node.Timers;
using Jint;
using Jint.Native;

namespace Hatchery.Node;

/// <summary>
/// Installs Node's globals on the shared Jint options as lazy globals: each is built on its first read in a
/// runtime, so a runtime that never touches <c>console</c> never pays for it.
/// </summary>
internal static class NodeGlobals
{
    public static void Install(Options options)
    {
        options.AddLazyGlobal("console", static engine => Runtime(engine).Console.Object);
        options.AddLazyGlobal("process", static engine => Runtime(engine).Process.Object);
        options.AddLazyGlobal("require", static engine => Runtime(engine).Modules.GlobalRequire);
        options.AddLazyGlobal("global", static engine => engine.Global);
        options.AddLazyGlobal("setTimeout", static engine => Timers(engine).SetTimeout);
        options.AddLazyGlobal("clearTimeout", static engine => Timers(engine).ClearTimeout);
        options.AddLazyGlobal("setInterval", static engine => Timers(engine).SetInterval);
        options.AddLazyGlobal("clearInterval", static engine => Timers(engine).ClearInterval);
        options.AddLazyGlobal("setImmediate", static engine => Timers(engine).SetImmediate);
        options.AddLazyGlobal("clearImmediate", static engine => Timers(engine).ClearImmediate);
        options.AddLazyGlobal("queueMicrotask", static engine => Timers(engine).QueueMicrotask);
        options.AddLazyGlobal("Buffer", static engine => BufferExport(engine, "Buffer"));
        options.AddLazyGlobal("atob", static engine => BufferExport(engine, "atob"));
        options.AddLazyGlobal("btoa", static engine => BufferExport(engine, "btoa"));
        options.AddLazyGlobal("TextEncoder", static engine => Runtime(engine).TextCoding.TextEncoder);
        options.AddLazyGlobal("TextDecoder", static engine => Runtime(engine).TextCoding.TextDecoder);
        Web.WebGlobals.Install(options);
    }

    private static JsRuntime Runtime(Engine engine) => JsRuntime.Of(engine);

    private static JsValue BufferExport(Engine engine, string name) => Runtime(engine).Modules.Require(null, "node:buffer").Get(name);

    private static TimerGlobals Timers(Engine engine) => Runtime(engine).Timers;
}
