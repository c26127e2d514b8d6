using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Modules;

/// <summary>
/// One runtime's CommonJS loader: the module cache (exposed as <c>require.cache</c>) and the <c>require</c> function
/// each module gets, bound to that module's own directory; built-in names go to <see cref="BuiltinModuleHost"/>.
/// </summary>
internal sealed class CommonJsModules
{

    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly EngineFactory _factory;
    private readonly FunctionBuilder _functions;
    private ObjectInstance? _cache;

    public CommonJsModules(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _factory = runtime.Factory;
        _functions = new FunctionBuilder(_engine, "module");
    }

    /// <summary>The main module, once <see cref="JsRuntime.RunMain"/> has started one.</summary>
    public ModuleRecord? Main { get; private set; }

    private Function? _globalRequire;

    /// <summary>The global <c>require</c> of evaluated code and the REPL, resolving from the base directory.</summary>
    public Function GlobalRequire => _globalRequire ??= CreateRequire(null);

    /// <summary><c>require.cache</c>: resolved filename to module object, a plain object scripts may edit.</summary>
    public ObjectInstance Cache => _cache ??= CreateCache();

    private ObjectInstance CreateCache()
    {
        var objectConstructor = _engine.Intrinsics.Object;
        return (ObjectInstance)_engine.Call(objectConstructor.Get("create"), objectConstructor, [JsValue.Null]);
    }

    /// <summary>Loads a file as the main module (<c>require.main</c>, id <c>.</c>).</summary>
    /// <returns>For an ES-module main file, the import in progress (it may await); otherwise null.</returns>
    public Jint.Runtime.Modules.ModuleImportOperation? RunMain(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_runtime.BaseDirectory, path));
        var resolved = ResolveOrThrow(null, Path.GetDirectoryName(full)!, full);
        if (_factory.Resolver.IsEsModule(resolved))
        {
            return EsModules.StartMain(resolved);
        }
        Load(CreateRecord(resolved, null, isMain: true));
        return null;
    }

    /// <summary>Requires <paramref name="request"/> on behalf of <paramref name="parent"/> (null: from the base directory).</summary>
    public JsValue Require(ModuleRecord? parent, string request)
    {
        if (_runtime.BuiltinModules.TryRequire(request, out var builtin)) return builtin;
        var resolved = ResolveOrThrow(parent, parent?.Directory ?? _runtime.BaseDirectory, request);
        var key = new JsString(resolved);
        if (Cache.Get(key) is ObjectInstance cached)
        {
            if (parent is not null) AddChild(parent, cached);
            return cached.Get("exports");
        }
        if (_factory.Resolver.IsEsModule(resolved))
        {
            // Node 20.19+: require() of an ES module returns its namespace object.
            return EsModules.Require(resolved);
        }
        var record = CreateRecord(resolved, parent, isMain: false);
        Load(record);
        return record.Exports;
    }

    private EsModules? _esModules;

    /// <summary>This runtime's ES-module loading (through Jint's module support).</summary>
    public EsModules EsModules => _esModules ??= new EsModules(_runtime);

    /// <summary>Resolves a request, turning "not found" and package-configuration failures into Node's errors.</summary>
    private string ResolveOrThrow(ModuleRecord? parent, string directory, string request)
    {
        try
        {
            return _factory.Resolver.Resolve(directory, request, ResolutionMode.Require, parent?.Filename)
                   ?? throw ModuleLoadException.NotFound(request, parent?.RequireStack() ?? []);
        }
        catch (ModuleLoadException e)
        {
            throw e.ToJavaScript(_engine);
        }
    }

    /// <summary>What <c>require.resolve(request)</c> returns for code in <paramref name="parent"/>.</summary>
    public JsValue Resolve(ModuleRecord? parent, string request)
    {
        if (_runtime.BuiltinModules.IsBuiltin(request)) return request;
        return ResolveOrThrow(parent, parent?.Directory ?? _runtime.BaseDirectory, request);
    }

    private ModuleRecord CreateRecord(string filename, ModuleRecord? parent, bool isMain)
    {
        var directory = Path.GetDirectoryName(filename) ?? "/";
        var moduleObject = new JsObject(_engine);
        var record = new ModuleRecord(filename, directory, moduleObject, parent);
        // Node's own-property order; paths is built only if a script reads it.
        moduleObject.FastSetDataProperty("id", isMain ? "." : filename);
        moduleObject.FastSetDataProperty("path", directory);
        moduleObject.FastSetDataProperty("exports", new JsObject(_engine));
        moduleObject.FastSetDataProperty("filename", filename);
        moduleObject.FastSetDataProperty("loaded", JsBoolean.False);
        moduleObject.FastSetDataProperty("children", new JsArray(_engine));
        moduleObject.FastSetProperty("paths", PropertyDescriptor.CreateLazy(record, static r => NodeModulesPathsArray(r.ModuleObject.Engine, r.Directory), PropertyFlag.ConfigurableEnumerableWritable));
        moduleObject.FastSetProperty("parent", new PropertyDescriptor(parent?.ModuleObject ?? (isMain ? JsValue.Null : JsValue.Undefined), PropertyFlag.Writable | PropertyFlag.Configurable));
        if (isMain) Main = record;
        moduleObject.FastSetProperty("require", new PropertyDescriptor(CreateRequire(record), PropertyFlag.Writable | PropertyFlag.Configurable));
        if (parent is not null) AddChild(parent, moduleObject);
        return record;
    }

    private static JsArray NodeModulesPathsArray(Engine engine, string directory)
    {
        var paths = ModuleResolver.NodeModulesPaths(directory);
        var values = new JsValue[paths.Count];
        for (var i = 0; i < values.Length; i++) values[i] = paths[i];
        return new JsArray(engine, values);
    }

    private static void AddChild(ModuleRecord parent, ObjectInstance child)
    {
        if (parent.ModuleObject.Get("children") is not JsArray children) return;
        var length = children.Length;
        for (uint i = 0; i < length; i++)
        {
            if (ReferenceEquals(children.Get(i), child)) return;
        }
        children.Push(child);
    }

    private void Load(ModuleRecord record)
    {
        var key = new JsString(record.Filename);
        Cache.Set(key, record.ModuleObject);
        try
        {
            var compiled = _factory.CompiledModules.Get(record.Filename)
                           ?? throw ModuleLoadException.NotFound(record.Filename, record.Parent?.RequireStack() ?? []);
            if (_runtime.HasTimeLimit && compiled.ParameterLimitRefusal() is { } refusal) throw refusal;
            if (compiled.JsonText is { } json)
            {
                record.ModuleObject.Set("exports", ParseJson(record.Filename, json));
            }
            else
            {
                var wrapper = (Function)NestedEvaluation.Evaluate(_engine, compiled.Script!.Value);
                var exports = record.ModuleObject.Get("exports");
                var require = record.ModuleObject.Get("require");
                wrapper.Call(exports, [exports, require, record.ModuleObject, record.Filename, record.Directory]);
            }
            record.ModuleObject.Set("loaded", JsBoolean.True);
        }
        catch (ModuleLoadException e)
        {
            Forget(record, key);
            throw e.ToJavaScript(_engine);
        }
        catch
        {
            // A module whose body throws leaves no cache entry behind, so a later require retries it.
            Forget(record, key);
            throw;
        }
    }

    private void Forget(ModuleRecord record, JsString key)
    {
        if (ReferenceEquals(Cache.Get(key), record.ModuleObject)) Cache.Delete(key);
        if (record.Parent?.ModuleObject.Get("children") is JsArray children)
        {
            var length = children.Length;
            for (uint i = 0; i < length; i++)
            {
                if (!ReferenceEquals(children.Get(i), record.ModuleObject)) continue;
                _engine.Call(_engine.Intrinsics.Array.PrototypeObject.Get("splice"), children, [i, 1]);
                break;
            }
        }
    }

    private JsValue ParseJson(string filename, string json)
    {
        try
        {
            return Builtins.Globals.JsonParseAnyDepth.Parse(_engine, json);
        }
        catch (JavaScriptException e)
        {
            throw new ModuleLoadException("", $"{filename}: {e.Error.Get("message")}", "SyntaxError").ToJavaScript(_engine);
        }
    }

    private Function CreateRequire(ModuleRecord? record)
    {
        var require = _functions.Create("require", 1, (_, args) =>
        {
            var request = NativeArguments.String(_engine, args, 0, "id");
            if (request.Length == 0)
            {
                throw JsErrors.Coded(_engine, "ERR_INVALID_ARG_VALUE", "id", "", "must be a non-empty string");
            }
            return Require(record, request);
        });
        require.FastSetProperty("resolve", PropertyDescriptor.CreateLazy((Modules: this, Record: record), static state => state.Modules.CreateResolve(state.Record), PropertyFlag.ConfigurableEnumerableWritable));
        require.FastSetDataProperty("cache", Cache);
        require.FastSetDataProperty("main", Main?.ModuleObject ?? JsValue.Undefined);
        return require;
    }

    /// <summary>
    /// A stand-in record for a file that need not be loaded (<c>createRequire</c>, <c>Module._resolveFilename</c>):
    /// requests made through it resolve from the file's directory. Null for no file: the base directory.
    /// </summary>
    internal ModuleRecord? RecordFor(string? filename)
    {
        if (filename is null) return null;
        return new ModuleRecord(filename, Path.GetDirectoryName(filename) ?? "/", new JsObject(_engine), null);
    }

    /// <summary><c>module.createRequire(filename)</c>: a require bound to the directory of <paramref name="filename"/>.</summary>
    internal Function CreateRequireFor(string filename)
    {
        var record = CreateRecord(filename, null, isMain: false);
        return (Function)record.ModuleObject.Get("require");
    }

    // require.resolve and require.resolve.paths, built the first time a module's code reads them.
    private ClrFunction CreateResolve(ModuleRecord? record)
    {
        var resolve = _functions.Create("resolve", 1, (_, args) => Resolve(record, NativeArguments.String(_engine, args, 0, "request")));
        _functions.Define(resolve, "paths", 1, (_, args) =>
        {
            var request = NativeArguments.String(_engine, args, 0, "request");
            if (_runtime.BuiltinModules.IsBuiltin(request)) return JsValue.Null;
            var directory = record?.Directory ?? _runtime.BaseDirectory;
            var paths = ModuleResolver.IsPathRequest(request) ? [directory] : ModuleResolver.NodeModulesPaths(directory);
            return new JsArray(_engine, paths.Select(p => (JsValue)p).ToArray());
        });
        return resolve;
    }
}
