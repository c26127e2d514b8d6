using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Vm;

/// <summary>
/// Node's <c>vm</c> module: <c>vm.js</c> holds the API, <see cref="VmBindings"/> compiles and runs scripts, and each
/// context is a realm of the runtime's own engine (<see cref="VmContext"/>).
/// </summary>
public sealed class VmModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "vm";

    /// <inheritdoc />
    public override string Summary => "Compiling and running code in this context or in new contexts with their own globals and built-ins.";

    /// <inheritdoc />
    public override string Documentation => VmDocumentation.Text;

    /// <inheritdoc />
    protected override string ScriptName => "vm.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        VmBindings.Add(context.Engine, binding);
}
