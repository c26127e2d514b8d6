using System.Collections.Frozen;
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
    }

    /// <summary>Starts an ES-module main file; top-level <c>await</c> may leave it pending until the event loop runs.</summary>
    public ModuleImportOperation StartMain(string path)
    {
        try
        {
            return runtime.Engine.Modules.StartImport(path);
        }
        catch (ModuleLoadException e)
        {
            throw e.ToJavaScript(runtime.Engine);
        }
    }

    /// <summary>Throws the error an ES-module main file failed with, if it failed.</summary>
    public static void ThrowIfFailed(ModuleImportOperation? operation)
    {
        if (operation is { IsFaulted: true }) throw new Jint.Runtime.JavaScriptException(operation.Error ?? JsValue.Undefined);
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

    /// <summary>A source-text module re-exporting <paramref name="value"/> as default and its identifier-named properties by name.</summary>
    public Module BuildFacade(string key, JsValue value)
    {
        var valueKey = key + EsModuleLoader.ValueSuffix;
        _facadeValues[valueKey] = value;
        var source = new StringBuilder();
        source.Append("import value from ").Append(Quote(valueKey)).Append(";\nexport default value;\n");
        if (value is ObjectInstance exports)
        {
            var names = new List<string>();
            foreach (var property in exports.GetOwnPropertyKeys(Jint.Runtime.Types.String))
            {
                var name = property.ToString();
                if (name == "default" || !IsIdentifier(name)) continue;
                var descriptor = exports.GetOwnProperty(property);
                if (!descriptor.Enumerable) continue;
                names.Add(name);
            }
            if (names.Count > 0) source.Append("export const { ").Append(string.Join(", ", names)).Append(" } = value;\n");
        }
        var prepared = Engine.PrepareModule(source.ToString(), key);
        return ModuleFactory.BuildSourceTextModule(runtime.Engine, prepared);
    }

    /// <summary>The value a facade stashed for its synthetic default-export module (read once, when Jint loads it).</summary>
    public JsValue TakeFacadeValue(string valueKey)
    {
        _facadeValues.Remove(valueKey, out var value);
        return value ?? JsValue.Undefined;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static readonly FrozenSet<string> ReservedWords = new[]
    {
        "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export",
        "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
        "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
        "implements", "interface", "package", "private", "protected", "public", "await", "arguments", "eval",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || ReservedWords.Contains(name)) return false;
        if (!(char.IsLetter(name[0]) || name[0] is '_' or '$')) return false;
        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '$')) return false;
        }
        return true;
    }
}
