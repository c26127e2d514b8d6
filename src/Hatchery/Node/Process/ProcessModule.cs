using Hatchery.NativeModules;

namespace Hatchery.Node.Process;

/// <summary>Node's <c>process</c> module: the global <c>process</c> object itself.</summary>
public sealed class ProcessModule : NativeModule
{
    /// <inheritdoc />
    public override string Name => "process";

    /// <inheritdoc />
    public override string Summary => "The global process object, for code that imports it explicitly.";

    /// <inheritdoc />
    public override string Documentation => """
        process — require('process') === process.

        const { argv, env, exit, nextTick } = require('process');
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context) => context.SetExports(context.Runtime.Process.Object);
}
