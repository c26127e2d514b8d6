using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime.Interop;

namespace Hatchery.Modules;

/// <summary>
/// One runtime's built-in modules: the exports of each module of the factory's <see cref="NativeModuleTable"/>, loaded
/// once on first <c>require</c>; the <c>internal/…</c> helpers built-in scripts share; and the running of embedded
/// scripts, whose <c>require</c> sees only these two.
/// </summary>
internal sealed class BuiltinModuleHost
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly NativeModuleTable _table;
    private readonly JsValue?[] _exports;
    private Dictionary<string, JsValue>? _internalModules;
    private ClrFunction? _require;

    public BuiltinModuleHost(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _table = runtime.Factory.NativeModules;
        _exports = new JsValue?[_table.Count];
    }

    /// <summary>Whether <paramref name="request"/> names a built-in module (with or without <c>node:</c>).</summary>
    public bool IsBuiltin(string request) => _table.IndexOf(request) >= 0;

    /// <summary>
    /// The exports of the built-in module <paramref name="request"/> names, when it names one; a <c>node:</c> request for
    /// a module there is not throws Node's <c>ERR_UNKNOWN_BUILTIN_MODULE</c>, unless the trust preset left that module out.
    /// </summary>
    public bool TryRequire(string request, out JsValue exports)
    {
        var index = _table.IndexOf(request);
        if (index < 0)
        {
            // A module the trust preset left out is not found, as without the prefix, rather than unknown to Node.
            if (request.StartsWith(NativeModuleTable.NodePrefix, StringComparison.Ordinal)
                && !_runtime.Factory.Settings.LeftOutModules.ContainsKey(request[NativeModuleTable.NodePrefix.Length..]))
            {
                throw new ModuleLoadException("ERR_UNKNOWN_BUILTIN_MODULE", $"No such built-in module: {request}").ToJavaScript(_engine);
            }
            exports = JsValue.Undefined;
            return false;
        }
        exports = _exports[index] ??= Load(_table[index]);
        return true;
    }

    /// <summary>Whether the built-in module <paramref name="name"/> has been loaded in this runtime (its script run).</summary>
    public bool IsLoaded(string name)
    {
        var index = _table.IndexOf(name);
        return index >= 0 && _exports[index] is not null;
    }

    /// <summary>The exports of a built-in module or <c>internal/…</c> helper, as a built-in script's <c>require</c> sees them.</summary>
    public JsValue Require(string name)
    {
        if (TryRequire(name, out var exports)) return exports;
        if (!name.StartsWith("internal/", StringComparison.Ordinal)) throw ModuleLoadException.NotFound(name, []).ToJavaScript(_engine);
        _internalModules ??= new Dictionary<string, JsValue>(StringComparer.Ordinal);
        if (_internalModules.TryGetValue(name, out var cached)) return cached;
        if (BuiltInCSharp(name) is { } native) return _internalModules[name] = native;
        var scriptName = name.Replace('/', '.') + ".js";
        if (BuiltinScripts.Get(scriptName) is null) throw ModuleLoadException.NotFound(name, []).ToJavaScript(_engine);
        var internalExports = new JsObject(_engine);
        // Inserted before running so that internal helpers may depend on each other cyclically.
        _internalModules[name] = internalExports;
        var binding = new JsObject(_engine);
        // Internal helpers with C# functions of their own, which globals need without loading a module (in safe mode too).
        if (name == "internal/messaging") Builtins.Messaging.MessagingBinding.Add(_runtime, binding);
        else if (name == "internal/buffer_core") binding.FastSetProperty("FastBuffer", new Jint.Runtime.Descriptors.PropertyDescriptor(_runtime.BufferClass.FastBuffer, Jint.Runtime.Descriptors.PropertyFlag.ConfigurableEnumerableWritable));
        var result = RunScript(scriptName, internalExports, binding);
        _internalModules[name] = result;
        return result;
    }

    /// <summary>
    /// Runs an embedded built-in script with the given exports and binding; its <c>require</c> is <see cref="Require"/>.
    /// Returns the final <c>module.exports</c>.
    /// </summary>
    public JsValue RunScript(string scriptName, ObjectInstance exports, ObjectInstance binding)
    {
        var prepared = BuiltinScripts.Get(scriptName) ?? throw new InvalidOperationException($"No embedded script '{scriptName}'.");
        var module = new JsObject(_engine);
        module.Set("exports", exports);
        var wrapper = (Function)NestedEvaluation.Evaluate(_engine, prepared);
        _require ??= new FunctionBuilder(_engine, "module").CreateInternal("require", 1, (_, args) => Require(NativeArguments.String(_engine, args, 0, "id")));
        _engine.Call(wrapper, exports, [exports, _require, module, binding]);
        return module.Get("exports");
    }

    // Internal helpers that are C# alone, with no script to run: their exports are made on first require.
    private JsValue? BuiltInCSharp(string name) => name switch
    {
        "internal/url-codec" => Builtins.Url.UrlBindings.Create(_engine),
        "internal/url-class" => Builtins.Url.UrlClass.Exports(_runtime),
        _ => null,
    };

    private JsValue Load(NativeModule module)
    {
        var context = new NativeModuleContext(_runtime, module.Name, new JsObject(_engine));
        module.Load(context);
        return context.ExportsValue;
    }
}
