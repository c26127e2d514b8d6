using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.NativeModules;

/// <summary>
/// A built-in module implemented in JavaScript shipped inside the assembly (as Node implements most of its
/// core library). The script is parsed once per process and run once per runtime, on first <c>require</c>.
/// It sees <c>exports</c>, <c>require</c> (built-in and <c>internal/…</c> modules only), <c>module</c> and
/// <c>binding</c>: an object holding the C# functions the module adds in <see cref="AddBindings"/>.
/// </summary>
public abstract class ScriptedModule : NativeModule
{
    /// <summary>The embedded script's file name, e.g. <c>events.js</c>.</summary>
    protected abstract string ScriptName { get; }

    /// <summary>JavaScript; a module that adds bindings says <see cref="ModuleImplementation.Mixed"/>.</summary>
    public override ModuleImplementation Implementation => ModuleImplementation.JavaScript;

    /// <summary>Adds C# functions to the <c>binding</c> object the script receives.</summary>
    protected virtual void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
    }

    /// <inheritdoc />
    public sealed override void Load(NativeModuleContext context)
    {
        var binding = new JsObject(context.Engine);
        AddBindings(context, binding);
        context.SetExports(context.Runtime.BuiltinModules.RunScript(ScriptName, context.Exports, binding));
    }
}
