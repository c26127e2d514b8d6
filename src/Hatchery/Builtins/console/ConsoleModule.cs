using Hatchery.NativeModules;

namespace Hatchery.Builtins.Console;

/// <summary>Node's <c>console</c> module: the runtime's global <c>console</c> itself, whose <c>Console</c> builds more.</summary>
public sealed class ConsoleModule : NativeModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "console";

    /// <inheritdoc />
    public override string Summary => "The global console object; console.Console writes to streams of your own.";

    /// <inheritdoc />
    public override string Documentation => """
        console — require('console') is the global console.

        const { Console } = require('console');
        const lines = [];
        const logger = new Console({ stdout: { write: (s) => lines.push(s) }, groupIndentation: 4 });
        logger.log('%s is %d', 'x', 42);

        new Console(stdout, stderr?, ignoreErrors?) or new Console({ stdout, stderr, ignoreErrors, groupIndentation,
        colorMode, inspectOptions }): stdout and stderr need a write(text) method; stderr defaults to stdout.
        colorMode and inspectOptions are validated but output is never coloured.
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context) => context.SetExports(context.Runtime.Console.Object);
}
