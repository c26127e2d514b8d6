using Jint.Runtime.Modules;

namespace Hatchery.Modules;

/// <summary>
/// Jint's module loader for a factory: resolves <c>import</c> specifiers with Node's ES-module rules and
/// builds each module for the importing engine: ES-module source from the factory's compiled cache, JSON,
/// and facades over CommonJS and built-in modules (<c>module.exports</c> as the default export; as named exports,
/// a built-in's properties and the names Node's lexer finds in a CommonJS module's source).
/// </summary>
internal sealed partial class EsModuleLoader(EngineFactory factory) : IModuleLoader
{
    /// <summary>Suffix of the synthetic module that holds a facade's value as its default export.</summary>
    internal const string ValueSuffix = "#hatchery-value";

    // A failure to find or compile a module is a JavaScript error, so that import() rejects its promise with it
    // rather than throwing past the script.
    public ResolvedSpecifier Resolve(string? referencingModuleLocation, ModuleRequest moduleRequest)
    {
        try
        {
            return ResolveCore(referencingModuleLocation, moduleRequest);
        }
        catch (ModuleLoadException e) when (RuntimeEntry.Current is { } runtime)
        {
            throw e.ToJavaScript(runtime.Engine);
        }
    }

    public Module LoadModule(Engine engine, ResolvedSpecifier resolved)
    {
        try
        {
            return LoadModuleCore(engine, resolved);
        }
        catch (ModuleLoadException e)
        {
            throw e.ToJavaScript(engine);
        }
    }

    private ResolvedSpecifier ResolveCore(string? referencingModuleLocation, ModuleRequest moduleRequest)
    {
        var specifier = moduleRequest.Specifier;
        if (specifier.EndsWith(ValueSuffix, StringComparison.Ordinal) || IsBuiltin(specifier))
        {
            return new ResolvedSpecifier(moduleRequest, specifier, null, SpecifierType.Bare);
        }
        if (DataUrlModules.Is(specifier)) return new ResolvedSpecifier(moduleRequest, specifier, null, SpecifierType.Bare);
        if (DataUrlModules.Is(referencingModuleLocation) && !specifier.StartsWith("file://", StringComparison.Ordinal))
        {
            throw DataUrlModules.Unresolvable(specifier, referencingModuleLocation!);
        }
        if (specifier.StartsWith("file://", StringComparison.Ordinal)) specifier = new Uri(specifier).LocalPath;
        // Code that is not a file (Evaluate's "<eval>", the REPL) imports from the base directory of the runtime running it.
        var directory = referencingModuleLocation is null || IsBuiltin(referencingModuleLocation) || !Path.IsPathFullyQualified(referencingModuleLocation)
            ? RuntimeEntry.Current?.BaseDirectory ?? factory.Settings.BaseDirectory
            : Path.GetDirectoryName(referencingModuleLocation) ?? factory.Settings.BaseDirectory;
        var resolved = factory.Resolver.Resolve(directory, specifier, ResolutionMode.Import, referencingModuleLocation)
                       ?? throw new ModuleLoadException("ERR_MODULE_NOT_FOUND",
                           $"Cannot find {(ModuleResolver.IsPathRequest(specifier) ? "module" : "package")} '{(ModuleResolver.IsPathRequest(specifier) ? Path.GetFullPath(Path.Combine(directory, specifier)) : specifier)}'" +
                           (referencingModuleLocation is null ? "" : $" imported from {referencingModuleLocation}"));
        return new ResolvedSpecifier(moduleRequest, resolved, new Uri(resolved), SpecifierType.RelativeOrAbsolute);
    }

    private Module LoadModuleCore(Engine engine, ResolvedSpecifier resolved)
    {
        var runtime = JsRuntime.Of(engine);
        var key = resolved.Key;
        if (key.EndsWith(ValueSuffix, StringComparison.Ordinal))
        {
            return ModuleFactory.BuildJsonModule(engine, runtime.Modules.EsModules.TakeFacadeValue(key), key);
        }
        if (DataUrlModules.Is(key)) return LoadDataUrl(engine, runtime, resolved);
        if (IsBuiltin(key))
        {
            var exports = runtime.BuiltinModules.Require(key);
            return runtime.Modules.EsModules.BuildFacade(key, exports);
        }
        if (key.EndsWith(".json", StringComparison.Ordinal))
        {
            var text = factory.SourceLoader.TryRead(key, out var json) ? json : throw ModuleLoadException.NotFound(key, []);
            return ModuleFactory.BuildJsonModule(engine, resolved, text);
        }
        if (factory.Resolver.IsEsModule(key))
        {
            var compiled = factory.CompiledModules.Get(key) ?? throw ModuleLoadException.NotFound(key, []);
            if (runtime.HasTimeLimit && compiled.ParameterLimitRefusal() is { } refusal) throw refusal;
            var prepared = compiled.EsModule!.Value;
            var module = ModuleFactory.BuildSourceTextModule(engine, prepared);
            runtime.Modules.EsModules.LoadedSource(key, module);
            return module;
        }
        // A CommonJS module imported from an ES module runs when it is linked, then is seen through a facade.
        var cjsExports = runtime.Modules.Require(null, key);
        return runtime.Modules.EsModules.BuildFacade(key, cjsExports, CommonJsExportNames(key, []));
    }

    private static Module LoadDataUrl(Engine engine, JsRuntime runtime, ResolvedSpecifier resolved)
    {
        var (kind, text) = DataUrlModules.Read(resolved.Key);
        DataUrlModules.CheckType(resolved.Key, kind, resolved.ModuleRequest.IsJsonModule());
        if (kind == DataUrlModules.Kind.Json) return ModuleFactory.BuildJsonModule(engine, resolved, text);
        var compiled = CompiledModule.CompileEsModule(resolved.Key, text);
        if (runtime.HasTimeLimit && compiled.ParameterLimitRefusal() is { } refusal) throw refusal;
        return ModuleFactory.BuildSourceTextModule(engine, compiled.EsModule!.Value);
    }

    /// <summary>
    /// The names an <c>import</c> finds in the CommonJS module at <paramref name="path"/>: those Node's lexer reads in
    /// its source, with those of the modules it re-exports (found as <c>require</c> finds them; JSON and built-ins add none).
    /// </summary>
    private HashSet<string> CommonJsExportNames(string path, HashSet<string> visited)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!visited.Add(path) || !factory.SourceLoader.TryRead(path, out var source)) return names;
        var (own, reexports) = CjsExportLexer.Lex(source);
        names.UnionWith(own);
        var directory = Path.GetDirectoryName(path)!;
        foreach (var reexport in reexports)
        {
            string? target;
            try
            {
                target = IsBuiltin(reexport) ? null : factory.Resolver.Resolve(directory, reexport);
            }
            catch (ModuleLoadException)
            {
                target = null;
            }
            if (target is null || target.EndsWith(".json", StringComparison.Ordinal) || target.EndsWith(".node", StringComparison.Ordinal)) continue;
            names.UnionWith(CommonJsExportNames(target, visited));
        }
        return names;
    }

    private bool IsBuiltin(string specifier) =>
        specifier.StartsWith(NativeModules.NativeModuleTable.NodePrefix, StringComparison.Ordinal) || factory.NativeModules.IndexOf(specifier) >= 0;
}
