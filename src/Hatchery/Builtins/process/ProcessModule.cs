namespace Hatchery.Builtins.Process;

/// <summary>Node's <c>process</c> module: the runtime's global <c>process</c> object, for <c>require('node:process')</c>.</summary>
public sealed class ProcessModule : NativeModules.NativeModule
{
    /// <inheritdoc />
    public override NativeModules.ModuleOrigin Origin => NativeModules.ModuleOrigin.Node;

    /// <inheritdoc />
    public override NativeModules.ModuleImplementation Implementation => NativeModules.ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "process";

    /// <inheritdoc />
    public override string Summary => "The global process object, as a module.";

    /// <inheritdoc />
    public override string Documentation => """
        process — the same object as the global `process` (require('process') === process): argv, env, exit,
        exitCode, cwd, nextTick, hrtime, versions, stdout/stderr and its events.
        """;

    /// <inheritdoc />
    public override void Load(NativeModules.NativeModuleContext context) => context.SetExports(context.Runtime.Process.Object);
}
