using System.Collections.Frozen;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// Node's globals, served lazily from one object placed between the global object and
/// <c>Object.prototype</c>: identifier lookup falls through to it, it builds a global's value on first read
/// and copies it onto the global object. A spawn pays for one small object instead of one property per
/// global (Jint's own lazy globals cost about 145 bytes each at spawn; Node has two dozen).
/// </summary>
internal sealed class NodeGlobals : ObjectInstance
{
    private static readonly (string Name, Func<JsRuntime, JsValue> Create)[] Definitions =
    [
        ("console", static r => r.Console.Object),
        ("process", static r => r.Process.Object),
        ("require", static r => r.Modules.GlobalRequire),
        ("global", static r => r.Engine.Global),
        ("setTimeout", static r => r.Timers.SetTimeout),
        ("clearTimeout", static r => r.Timers.ClearTimeout),
        ("setInterval", static r => r.Timers.SetInterval),
        ("clearInterval", static r => r.Timers.ClearInterval),
        ("setImmediate", static r => r.Timers.SetImmediate),
        ("clearImmediate", static r => r.Timers.ClearImmediate),
        ("queueMicrotask", static r => r.Timers.QueueMicrotask),
        ("Buffer", static r => Export(r, "buffer", "Buffer")),
        ("atob", static r => Export(r, "buffer", "atob")),
        ("Blob", static r => Export(r, "buffer", "Blob")),
        ("File", static r => Export(r, "buffer", "File")),
        ("btoa", static r => Export(r, "buffer", "btoa")),
        ("TextEncoder", static r => r.TextCoding.TextEncoder),
        ("TextDecoder", static r => r.TextCoding.TextDecoder),
        // The classes alone: the url module's legacy API and file-URL helpers are not loaded for a global URL.
        ("URL", static r => Export(r, "internal/url-class", "URL")),
        ("URLSearchParams", static r => Export(r, "internal/url-search-params", "URLSearchParams")),
        ("Event", static r => Export(r, "internal/event-target", "Event")),
        ("EventTarget", static r => Export(r, "internal/event-target", "EventTarget")),
        ("MessageChannel", static r => Export(r, "internal/messaging", "MessageChannel")),
        ("MessagePort", static r => Export(r, "internal/messaging", "MessagePort")),
        ("MessageEvent", static r => Export(r, "internal/messaging", "MessageEvent")),
        ("BroadcastChannel", static r => Export(r, "internal/messaging", "BroadcastChannel")),
        ("CustomEvent", static r => Export(r, "internal/messaging", "CustomEvent")),
        ("AbortController", static r => Export(r, "internal/abort-controller", "AbortController")),
        ("AbortSignal", static r => Export(r, "internal/abort-controller", "AbortSignal")),
        ("DOMException", static r => Export(r, "internal/dom-exception", "DOMException")),
        ("structuredClone", static r => Export(r, "internal/structured-clone", "structuredClone")),
        ("performance", static r => Export(r, "perf_hooks", "performance")),
        ("crypto", static r => Export(r, "crypto", "webcrypto")),
        ("fetch", static r => r.Fetch.Get("fetch")),
        ("Headers", static r => r.Fetch.Get("Headers")),
        ("Request", static r => r.Fetch.Get("Request")),
        ("Response", static r => r.Fetch.Get("Response")),
        ("FormData", static r => r.Fetch.Get("FormData")),
        ("ReadableStream", static r => Export(r, "stream/web", "ReadableStream")),
        ("ReadableStreamDefaultReader", static r => Export(r, "stream/web", "ReadableStreamDefaultReader")),
        ("ReadableStreamDefaultController", static r => Export(r, "stream/web", "ReadableStreamDefaultController")),
        ("WritableStream", static r => Export(r, "stream/web", "WritableStream")),
        ("WritableStreamDefaultWriter", static r => Export(r, "stream/web", "WritableStreamDefaultWriter")),
        ("WritableStreamDefaultController", static r => Export(r, "stream/web", "WritableStreamDefaultController")),
        ("TransformStream", static r => Export(r, "stream/web", "TransformStream")),
        ("TransformStreamDefaultController", static r => Export(r, "stream/web", "TransformStreamDefaultController")),
        ("ByteLengthQueuingStrategy", static r => Export(r, "stream/web", "ByteLengthQueuingStrategy")),
        ("CountQueuingStrategy", static r => Export(r, "stream/web", "CountQueuingStrategy")),
        ("TextEncoderStream", static r => Export(r, "stream/web", "TextEncoderStream")),
        ("TextDecoderStream", static r => Export(r, "stream/web", "TextDecoderStream")),
        ("CompressionStream", static r => Export(r, "internal/webstreams/compression", "CompressionStream")),
        ("DecompressionStream", static r => Export(r, "internal/webstreams/compression", "DecompressionStream")),
    ];

    private static readonly FrozenDictionary<string, int> Indexes =
        Definitions.Select((d, i) => KeyValuePair.Create(d.Name, i)).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The names of the globals Hatchery adds to the standard ones.</summary>
    public static IEnumerable<string> Names => Definitions.Select(d => d.Name);

    private PropertyDescriptor?[]? _materialized;

    private NodeGlobals(Engine engine, ObjectInstance? objectPrototype) : base(engine)
    {
        Prototype = objectPrototype;
    }

    /// <summary>Inserts the globals object into every engine built from <paramref name="options"/>.</summary>
    public static void Install(Options options) =>
        options.Configure(static engine => engine.Global.Prototype = new NodeGlobals(engine, engine.Global.Prototype));

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (property is not JsString name || !Indexes.TryGetValue(name.ToString(), out var index)) return base.GetOwnProperty(property);
        _materialized ??= new PropertyDescriptor?[Definitions.Length];
        if (_materialized[index] is { } existing) return existing;
        var value = Definitions[index].Create(JsRuntime.Of(Engine));
        var descriptor = new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable);
        // Kept here too, so that a lookup that still reaches this object agrees with the global's own copy.
        _materialized[index] = descriptor;
        Engine.Global.DefineOwnProperty(name, new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable));
        return descriptor;
    }

    /// <summary>Removes a global of this runtime, wherever it currently lives (as <c>node file</c> has no global <c>require</c>).</summary>
    public static void Remove(Engine engine, string name)
    {
        engine.Global.Delete(name);
        if (engine.Global.Prototype is not NodeGlobals globals || !Indexes.TryGetValue(name, out var index)) return;
        globals._materialized ??= new PropertyDescriptor?[Definitions.Length];
        globals._materialized[index] = PropertyDescriptor.Undefined;
    }

    /// <summary>
    /// Forgets every global this runtime has built, so each is built again from the runtime's current state on next read
    /// (after a pooled runtime's reset, whose global object no longer holds the copies).
    /// </summary>
    public static void Forget(Engine engine)
    {
        if (engine.Global.Prototype is NodeGlobals globals) globals._materialized = null;
    }

    private static JsValue Export(JsRuntime runtime, string module, string name) =>
        runtime.BuiltinModules.Require(module).Get(name);
}
