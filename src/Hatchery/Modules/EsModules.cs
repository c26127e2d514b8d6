using System.Text;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Modules;

namespace Hatchery.Modules;

/// <summary>One runtime's ES-module state: importing by path and the facades that expose CommonJS and built-in modules to <c>import</c>.</summary>
internal sealed class EsModules(JsRuntime runtime)
{
    private readonly Dictionary<string, JsValue> _facadeValues = new(StringComparer.Ordinal);
    private Dictionary<string, ObjectInstance>? _required;
    private string? _main;
    private (JsValue Jint, JsValue Node)? _explained;
    private readonly List<(string Path, Module Module)> _sources = [];

    // Jint keeps a module's link state internal; a module is Linking only while the link that failed is under way.
    private static readonly System.Reflection.PropertyInfo? Status =
        typeof(CyclicModule).GetProperty("Status", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);

    /// <summary>
    /// What <c>require()</c> of an ES module returns: its namespace, or, when it has a default export, a copy
    /// marked <c>__esModule: true</c> as Node 20.19+ returns so that transpiled CommonJS consumers interoperate.
    /// </summary>
    public ObjectInstance Require(string path)
    {
        _required ??= new Dictionary<string, ObjectInstance>(StringComparer.Ordinal);
        if (_required.TryGetValue(path, out var cached)) return cached;
        var ns = Import(path);
        if (!ns.HasOwnProperty("default")) return _required[path] = ns;
        var engine = runtime.Engine;
        var objectConstructor = engine.Intrinsics.Object;
        var copy = (ObjectInstance)engine.Call(objectConstructor.Get("create"), objectConstructor, [JsValue.Null]);
        copy.Set("__esModule", JsBoolean.True);
        foreach (var key in ns.GetOwnPropertyKeys(Jint.Runtime.Types.String)) copy.Set(key, ns.Get(key));
        return _required[path] = copy;
    }

    /// <summary>Loads, links and evaluates the ES module at <paramref name="path"/>, returning its namespace object.</summary>
    public ObjectInstance Import(string path)
    {
        try
        {
            return runtime.Engine.Modules.Import(path);
        }
        catch (ModuleLoadException e)
        {
            throw e.ToJavaScript(runtime.Engine);
        }
        catch (Jint.Runtime.JavaScriptException e) when (Explain(e.Error, path) is { } explained)
        {
            throw new Jint.Runtime.JavaScriptException(explained);
        }
    }

    /// <summary>Starts an ES-module main file; top-level <c>await</c> may leave it pending until the event loop runs.</summary>
    public ModuleImportOperation StartMain(string path)
    {
        _main = path;
        try
        {
            return runtime.Engine.Modules.StartImport(path);
        }
        catch (ModuleLoadException e)
        {
            throw e.ToJavaScript(runtime.Engine);
        }
        catch (Jint.Runtime.JavaScriptException e) when (Explain(e.Error, path) is { } explained)
        {
            throw new Jint.Runtime.JavaScriptException(explained);
        }
    }

    /// <summary>Throws the error an ES-module main file failed with, if it failed.</summary>
    public void ThrowIfFailed(ModuleImportOperation? operation)
    {
        if (operation is not { IsFaulted: true }) return;
        var error = operation.Error ?? JsValue.Undefined;
        if (_main is not null && Explain(error, _main) is { } explained) error = explained;
        throw new Jint.Runtime.JavaScriptException(error);
    }

    // Jint's one message for an import of a name the target lacks or provides twice becomes Node's, with the import's
    // source frame; the same failure seen again (the main module's, read after the loop) gets the same error object.
    private JsValue? Explain(JsValue error, string root)
    {
        if (_explained is { } known && ReferenceEquals(known.Jint, error)) return known.Node;
        if (runtime.Factory.ModuleLoader.ExplainLinkError(runtime, error, root) is not { } failure) return null;
        var node = failure.ToJavaScript(runtime.Engine).Error;
        _explained = (error, node);
        return node;
    }

    /// <summary>Notes that this runtime built <paramref name="module"/>, the source-text module at <paramref name="path"/>.</summary>
    public void LoadedSource(string path, Module module) => _sources.Add((path, module));

    /// <summary>
    /// Gives Jint's link failure <paramref name="error"/> of a dynamic <c>import()</c>'s graph Node's message and source
    /// frame, as a static import's gets. Jint rejects the promise with its error and keeps the graph's root to itself; at
    /// the throw the graph's modules are still Linking, and the first of them this runtime loaded is the root (the
    /// others are its dependencies). False when the failing import is not found.
    /// </summary>
    public bool ExplainDynamicImport(ObjectInstance error)
    {
        var root = _sources.Find(source => Status?.GetValue(source.Module)?.ToString() == "Linking").Path;
        if (root is null || runtime.Factory.ModuleLoader.ExplainLinkError(runtime, error, root) is not { } failure) return false;
        // Node's decorated stack (source frame, then name and message), over the frames the error was made with.
        var node = (ObjectInstance)failure.ToJavaScript(runtime.Engine).Error;
        var made = error.Get("stack") is JsString stack ? stack.ToString() : "";
        var decorated = node.Get("stack").ToString();
        error.Set("message", node.Get("message"));
        error.Set("stack", Frames(decorated, out var head) is { Length: > 0 } ? decorated : head + Frames(made, out _));
        return true;
    }

    // The "    at …" lines of a stack, and what comes before them.
    private static string Frames(string stack, out string head)
    {
        var at = stack.IndexOf("\n    at ", StringComparison.Ordinal);
        head = at >= 0 ? stack[..at] : stack;
        return at >= 0 ? stack[at..] : "";
    }

    /// <summary>
    /// After the loop ran dry and <c>exit</c> was emitted: a main module whose top-level await can no longer settle ends
    /// the run with code 13 (Node 20's <c>kUnsettledTopLevelAwait</c>, which prints nothing), unless <c>process.exitCode</c> was set.
    /// </summary>
    public static void ExitIfUnsettled(ModuleImportOperation? operation, Builtins.Process.ProcessObject process)
    {
        if (operation is { IsCompleted: false }) throw new ProcessExitException(process.HasExitCode ? process.ExitCode : UnsettledTopLevelAwait);
    }

    /// <summary>Node's exit code for a main module whose top-level await never settled.</summary>
    public const int UnsettledTopLevelAwait = 13;

    /// <summary>
    /// A source-text module exporting <paramref name="value"/> as default and, by name, <paramref name="names"/>
    /// (null: the value's enumerable own properties, as for built-in modules). A name the value does not own
    /// is exported as undefined, as Node does for a CommonJS name its lexer found but the module never set.
    /// </summary>
    public Module BuildFacade(string key, JsValue value, IReadOnlyCollection<string>? names = null)
    {
        var engine = runtime.Engine;
        var exports = value as ObjectInstance;
        if (names is null)
        {
            var own = new List<string>();
            foreach (var property in exports?.GetOwnPropertyKeys(Jint.Runtime.Types.String) ?? [])
            {
                if (exports!.GetOwnProperty(property).Enumerable) own.Add(property.ToString());
            }
            names = own;
        }
        // One null-prototype object carries the default and a snapshot of the named values into the facade.
        var carrier = (ObjectInstance)engine.Call(engine.Intrinsics.Object.Get("create"), engine.Intrinsics.Object, [JsValue.Null]);
        carrier.Set("default", value);
        var source = new StringBuilder();
        var valueKey = key + EsModuleLoader.ValueSuffix;
        source.Append("import facade from ").Append(Quote(valueKey)).Append(";\nexport default facade.default;\n");
        var index = 0;
        foreach (var name in names)
        {
            if (name == "default" || !IsWellFormed(name)) continue;
            carrier.Set(name, exports is not null && exports.HasOwnProperty(name) ? ReadQuietly(exports, name) : JsValue.Undefined);
            source.Append("const { ").Append(Quote(name)).Append(": v").Append(index).Append(" } = facade; export { v")
                .Append(index).Append(" as ").Append(Quote(name)).Append(" };\n");
            index++;
        }
        _facadeValues[valueKey] = carrier;
        var prepared = Engine.PrepareModule(source.ToString(), key);
        return ModuleFactory.BuildSourceTextModule(engine, prepared);
    }

    // A getter that throws leaves its export undefined rather than failing the import, as in Node.
    private static JsValue ReadQuietly(ObjectInstance exports, string name)
    {
        try
        {
            return exports.Get(name);
        }
        catch (Jint.Runtime.JavaScriptException)
        {
            return JsValue.Undefined;
        }
    }

    /// <summary>The value a facade stashed for its synthetic default-export module (read once, when Jint loads it).</summary>
    public JsValue TakeFacadeValue(string valueKey)
    {
        _facadeValues.Remove(valueKey, out var value);
        return value ?? JsValue.Undefined;
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029") + "\"";

    // An export name must be a well-formed string (no lone surrogate); any other text may be one, quoted.
    private static bool IsWellFormed(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsHighSurrogate(name[i]) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1])) i++;
            else if (char.IsSurrogate(name[i])) return false;
        }
        return true;
    }
}
