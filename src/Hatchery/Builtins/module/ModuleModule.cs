using Hatchery.Interop;
using Hatchery.Modules;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Module;

/// <summary>
/// Node's <c>module</c> module (<c>module.js</c>): the <c>Module</c> class with <c>createRequire</c>, <c>builtinModules</c>,
/// <c>isBuiltin</c> and the underscored hooks packages reach for. Every path goes through this runtime's CommonJS
/// loader, so a require made here shares <c>require.cache</c> with the rest of the program.
/// </summary>
public sealed class ModuleModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "module";

    /// <inheritdoc />
    public override string Summary => "The Module class: createRequire, builtinModules, isBuiltin, wrap, _resolveFilename.";

    /// <inheritdoc />
    public override string Documentation => """
        module — Node's Module class.

        const { createRequire, builtinModules, isBuiltin } = require('module');
        const requireHere = createRequire('/abs/path/file.js');   // or a file: URL
        requireHere('./sibling');
        isBuiltin('node:path');   // true

        Also: Module.wrap / Module.wrapper, Module._cache (require.cache), Module._resolveFilename(request, parent),
        Module._load, Module._nodeModulePaths, Module._extensions ('.js', '.json'), new Module(id, parent) with
        load(filename), require(id) and _compile(content, filename). Hooks installed in Module._extensions are not
        consulted by require itself.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "module.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var runtime = context.Runtime;
        var engine = context.Engine;
        var functions = new FunctionBuilder(engine, Name);
        var modules = runtime.Modules;
        binding.Set("cache", modules.Cache);
        binding.Set("builtinModules", new JsArray(engine, runtime.Factory.NativeModules.All
            .Select(m => m.Name).Order(StringComparer.Ordinal).Select(name => (JsValue)name).ToArray()));
        functions.Define(binding, "createRequire", 1, (_, args) =>
            modules.CreateRequireFor(TypeConverter.ToString(args[0])));
        // resolve(request, parentFilename | null) and load(request, parentFilename | null).
        functions.Define(binding, "resolve", 2, (_, args) =>
            modules.Resolve(modules.RecordFor(OptionalString(args, 1)), TypeConverter.ToString(args[0])));
        functions.Define(binding, "load", 2, (_, args) =>
            modules.Require(modules.RecordFor(OptionalString(args, 1)), TypeConverter.ToString(args[0])));
        functions.Define(binding, "nodeModulePaths", 1, (_, args) =>
            new JsArray(engine, ModuleResolver.NodeModulesPaths(TypeConverter.ToString(args[0])).Select(p => (JsValue)p).ToArray()));
        functions.Define(binding, "compile", 2, (_, args) =>
        {
            var filename = TypeConverter.ToString(args[1]);
            try
            {
                var prepared = ModuleWrapper.File.Prepare(filename, TypeConverter.ToString(args[0]));
                return (Function)NestedEvaluation.Evaluate(engine, prepared);
            }
            catch (ModuleLoadException e)
            {
                throw e.ToJavaScript(engine);
            }
        });
        functions.Define(binding, "readFile", 1, (_, args) =>
        {
            var filename = TypeConverter.ToString(args[0]);
            if (runtime.Factory.SourceLoader.TryRead(filename, out var source)) return source;
            throw JsErrors.Throw(engine, "Error", $"ENOENT: no such file or directory, open '{filename}'", "ENOENT");
        });
    }

    private static string? OptionalString(JsValue[] args, int index) =>
        index < args.Length && args[index].IsString() ? args[index].AsString() : null;
}
