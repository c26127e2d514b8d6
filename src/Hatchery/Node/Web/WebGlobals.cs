using Jint;
using Jint.Native;

namespace Hatchery.Node.Web;

/// <summary>
/// The web-platform globals Node has: URL classes, events and abort signals, DOMException, structuredClone and
/// performance. Each is a lazy global read from the built-in module or internal script that defines it.
/// </summary>
internal static class WebGlobals
{
    public static void Install(Options options)
    {
        options.AddLazyGlobal("URL", static engine => Export(engine, "url", "URL"));
        options.AddLazyGlobal("URLSearchParams", static engine => Export(engine, "url", "URLSearchParams"));
        options.AddLazyGlobal("Event", static engine => Export(engine, "internal/event-target", "Event"));
        options.AddLazyGlobal("EventTarget", static engine => Export(engine, "internal/event-target", "EventTarget"));
        options.AddLazyGlobal("AbortController", static engine => Export(engine, "internal/abort-controller", "AbortController"));
        options.AddLazyGlobal("AbortSignal", static engine => Export(engine, "internal/abort-controller", "AbortSignal"));
        options.AddLazyGlobal("DOMException", static engine => Export(engine, "internal/dom-exception", "DOMException"));
        options.AddLazyGlobal("structuredClone", static engine => Export(engine, "internal/structured-clone", "structuredClone"));
        options.AddLazyGlobal("performance", static engine => Export(engine, "perf_hooks", "performance"));
    }

    private static JsValue Export(Engine engine, string module, string name) =>
        JsRuntime.Of(engine).Modules.RequireBuiltinExports(module).Get(name);
}
