using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using JintModule = Jint.Runtime.Modules.Module;

namespace Hatchery.Modules;

/// <summary>
/// Hatchery's Jint host: gives an ES module's <c>import.meta</c> Node's <c>dirname</c>, <c>filename</c>,
/// <c>resolve</c> and <c>url</c>. Jint asks for it the first time a module reads <c>import.meta</c>, so a
/// runtime whose modules never read it does no work for it.
/// </summary>
internal sealed class ModuleHost(EngineFactory factory) : Host
{
    /// <inheritdoc/>
    public override void FinalizeImportMeta(ObjectInstance importMeta, JintModule moduleRecord)
    {
        // Modules that are not files (facades over built-ins, evaluated source) have no location Node would name.
        var path = moduleRecord.Location;
        var engine = Engine;
        if (DataUrlModules.Is(path))
        {
            // A data: module has no file: Node gives it resolve and url alone, and resolves from it only what needs no directory.
            importMeta.CreateDataProperty("resolve", new FunctionBuilder(engine, "module").Create("resolve", 1, (_, arguments) =>
            {
                var specifier = TypeConverter.ToString(arguments.Length > 0 ? arguments[0] : JsValue.Undefined);
                if (ImportMetaResolve.IsOtherUrl(specifier) || factory.NativeModules.IndexOf(specifier) >= 0) return ImportMetaResolve.ToUrl(factory, path, specifier);
                throw DataUrlModules.Unresolvable(specifier, path).ToJavaScript(engine);
            }));
            importMeta.CreateDataProperty("url", path);
            return;
        }
        if (!Path.IsPathFullyQualified(path)) return;
        // Node's order: Object.keys(import.meta) is dirname, filename, resolve, url.
        importMeta.CreateDataProperty("dirname", Path.GetDirectoryName(path) ?? path);
        importMeta.CreateDataProperty("filename", path);
        var resolve = new FunctionBuilder(engine, "module").Create("resolve", 1, (_, arguments) =>
        {
            var specifier = TypeConverter.ToString(arguments.Length > 0 ? arguments[0] : JsValue.Undefined);
            try
            {
                return ImportMetaResolve.ToUrl(factory, path, specifier);
            }
            catch (ModuleLoadException e)
            {
                throw e.ToJavaScript(engine);
            }
        });
        importMeta.CreateDataProperty("resolve", resolve);
        importMeta.CreateDataProperty("url", FileUrl.FromPath(path));
    }
}
