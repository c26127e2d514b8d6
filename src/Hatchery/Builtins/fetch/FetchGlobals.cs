using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Fetch;

/// <summary>
/// The <c>fetch</c>, <c>Headers</c>, <c>Request</c>, <c>Response</c> and <c>FormData</c> globals of one runtime: Node
/// gives them no require name, so <c>fetch.js</c> runs once, on the first read of any of them, with
/// <see cref="FetchBindings"/> (the HTTP client is the factory's, built on the first request, not here).
/// </summary>
internal sealed class FetchGlobals(JsRuntime runtime)
{
    private ObjectInstance? _exports;

    public JsValue Get(string name) => Exports.Get(name);

    private ObjectInstance Exports => _exports ??= Load();

    private ObjectInstance Load()
    {
        var binding = new JsObject(runtime.Engine);
        FetchBindings.Add(runtime, binding);
        return (ObjectInstance)runtime.BuiltinModules.RunScript("fetch.js", new JsObject(runtime.Engine), binding);
    }
}
